// Gathers each page's content operators as text and hands them to pdfkit once, when the page ends.
// pdfkit turns every operator it writes (a font change, a text position, a run of glyphs: thousands
// on a page of justified text, where each word is placed on its own) into a Uint8Array of its own
// at once. They lived until their page ended, long enough to be moved to the old generation, where
// they piled up until a full collection: the PDF of a 4 MB seed promoted about 1 GB of them, and
// 134 MB once they are text. The bytes are the same: pdfkit ends each operator with a newline,
// which is what joining them does. This wraps pdfkit's page object (checked with pdfkit 0.20).
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface Page {
  write(chunk: unknown): unknown;
  end(): unknown;
}

/** Makes every page the document adds (including pages pdfkit adds itself) gather its content. */
export function gatherPageContent(doc: Doc): void {
  const addPage = doc.addPage.bind(doc);
  doc.addPage = ((options?: Parameters<Doc['addPage']>[0]) => {
    const result = addPage(options);
    gather((doc as unknown as { page: Page }).page);
    return result;
  }) as Doc['addPage'];
}

function gather(page: Page): void {
  const write = page.write.bind(page);
  const end = page.end.bind(page);
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('\n');
    pending = [];
    // pdfkit adds the last newline itself.
    write(text);
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  page.end = () => {
    flush();
    return end();
  };
}
