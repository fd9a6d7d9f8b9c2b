// The PDF of a long book is written page by page: pdfkit never holds more than the title page, the
// contents pages and the page being set, yet every page gets its header and number and the contents
// their page numbers. Not timed: the pages held are counted.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanSeed } from '../../pipeline/index.ts';
import { renderPdf } from '../../pipeline/render/pdf.ts';
import { pdfPages, qpdfCheck } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { longText } from '../helpers/long-text.ts';

let mostPagesHeld = 0;
vi.mock('pdfkit', async (importOriginal) => {
  const { default: PDFDocument } = await importOriginal<{ default: typeof import('pdfkit') }>();
  class CountingDocument extends PDFDocument {
    override addPage(options?: PDFKit.PDFDocumentOptions): this {
      super.addPage(options);
      mostPagesHeld = Math.max(mostPagesHeld, (this as unknown as { _pageBuffer: unknown[] })._pageBuffer.length);
      return this;
    }
  }
  return { default: CountingDocument };
});

describe('the PDF of a long book', () => {
  it('holds only the title, contents and current page, and numbers every page', async () => {
    const text = longText({ size: 300_000, chapterEvery: 25 });
    const { book } = await cleanSeed({ path: 'long.txt', bytes: new TextEncoder().encode(text), kind: 'text', slug: 'long' });
    const pdf = await renderPdf(book, { created: new Date('2000-01-01T00:00:00Z') });
    const file = path.join(await tempDir('long-pdf'), 'long.pdf');
    await writeFile(file, pdf);

    expect((await qpdfCheck(file)).ok).toBe(true);
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(80);
    // Title page, two or three pages of contents, the page being set: never the whole book.
    expect(mostPagesHeld).toBeLessThanOrEqual(5);
    // Header and number on every page but the title page; the contents point at the chapters' pages.
    pages.slice(1).forEach((page, index) => {
      expect(page).toContain('The Long Almanac');
      expect(page.trim().split('\n').at(-1)!.trim()).toBe(String(index + 2));
    });
    const chapters = text.match(/^CHAPTER \d+$/gm)!.length;
    const lastChapterPage = pages.findLastIndex((page) => page.includes(`CHAPTER ${chapters}\n`)) + 1;
    expect(pages.slice(1, 5).join('\n')).toMatch(new RegExp(`CHAPTER ${chapters}\\s+${lastChapterPage}\\n`));
  }, 120_000);
});
