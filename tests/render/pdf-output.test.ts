// How the PDF renderer takes pdfkit's output: page content gathered as text (page-content.ts) and
// the stream read page by page into blocks (read-output.ts). Both are there for memory; the bytes
// must be exactly what pdfkit gives on its own.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { gatherPageContent } from '../../pipeline/render/pdf/page-content.ts';
import { PdfOutput } from '../../pipeline/render/pdf/read-output.ts';

type Doc = InstanceType<typeof PDFDocument>;

const created = new Date('2020-01-02T03:04:05Z');

function newDocument(compress = true): Doc {
  return new PDFDocument({ autoFirstPage: false, tagged: true, compress, info: { CreationDate: created, ModDate: created } });
}

// Pages of text with marked content, a font change and a rule: the kinds of operators the renderer writes.
function draw(doc: Doc, pages: number, afterPage: () => void = () => {}): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (let page = 0; page < pages; page += 1) {
    doc.addPage();
    const content = doc.markStructureContent('P');
    for (let line = 0; line < 40; line += 1) {
      doc.font(line % 2 ? 'Helvetica' : 'Times-Roman', 10).text(`Page ${page}, line ${line}: a “quoted” word and (parentheses)`, 50, 50 + line * 12, { lineBreak: false });
    }
    doc.endMarkedContent();
    root.add(doc.struct('P', {}, [content]));
    doc.moveTo(50, 30).lineTo(200, 30).stroke();
    afterPage();
  }
  root.end();
}

/** pdfkit's own way: every chunk the stream gives, joined. */
async function plainBytes(pages: number, compress = true): Promise<Buffer> {
  const doc = newDocument(compress);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  draw(doc, pages);
  doc.end();
  return done;
}

describe('PDF output', () => {
  it('gives the same bytes with page content gathered and the stream read page by page', async () => {
    const expected = await plainBytes(30);
    const doc = newDocument();
    gatherPageContent(doc);
    const output = new PdfOutput(doc);
    let waiting = 0;
    draw(doc, 30, () => {
      output.take();
      waiting = Math.max(waiting, doc.readableLength);
    });
    const bytes = await output.finish();
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
    // Read as it is made: pdfkit's stream holds nothing between pages.
    expect(waiting).toBe(0);
    // One buffer of its own, which the build can move to another thread.
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('copies output larger than a block across blocks', async () => {
    // Enough uncompressed pages for more than one 1 MB block.
    const pages = 300;
    const expected = await plainBytes(pages, false);
    expect(expected.byteLength).toBeGreaterThan(1024 * 1024);
    const doc = newDocument(false);
    const output = new PdfOutput(doc);
    draw(doc, pages, () => output.take());
    expect(Buffer.from(await output.finish()).equals(expected)).toBe(true);
  }, 30_000);
});
