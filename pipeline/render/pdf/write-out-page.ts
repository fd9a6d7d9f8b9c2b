// Writes the current page of a pdfkit document out and forgets it. pdfkit either keeps every page
// until the end (bufferPages, which the contents need: their page numbers are known only once the
// body is set) or writes each page when the next one begins. Kept pages of a 20 MB book took
// gigabytes, so the body's pages are written as they are finished, while the title and contents
// pages (the first ones in pdfkit's buffer) stay until the end. This reaches into pdfkit's page
// buffer, which its public API does not expose (checked with pdfkit 0.20).
import type PDFDocument from 'pdfkit';

interface Page {
  end(): void;
}

interface Internals {
  page: Page;
  _pageBuffer: Page[];
  endPageMarkings(page: Page): unknown;
}

/** Ends the current page (as pdfkit's own flush does) and drops it from the buffer; draw nothing more on it. */
export function writeOutPage(doc: InstanceType<typeof PDFDocument>): void {
  const internals = doc as unknown as Internals;
  const page = internals.page;
  const index = internals._pageBuffer.lastIndexOf(page);
  if (index !== internals._pageBuffer.length - 1) throw new Error('writeOutPage: only the last page of the buffer can be written out');
  internals.endPageMarkings(page);
  page.end();
  internals._pageBuffer.splice(index, 1);
}
