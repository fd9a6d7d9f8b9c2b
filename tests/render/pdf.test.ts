import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { renderPdf } from '../../pipeline/render/pdf.ts';
import { bookFromText, sampleText } from '../helpers/books.ts';
import { pdfFonts, pdfInfo, pdfOutline, pdfPages, pdfStructure, pdfText, pdfXmp, qpdfCheck, squash } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { captionText, sampleBook } from './pdf-book.ts';

const created = new Date('2024-01-02T03:04:05Z');
const title = 'Lamps & Ledgers <North>';

/** Body text of pages after the title page: the running header and the page number removed. */
function bodyText(pages: string[]): string {
  return pages
    .slice(1)
    .map((page) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      if (lines[0]?.trim() === title) lines.shift();
      if (/^\d+$/.test(lines[lines.length - 1]?.trim() ?? '')) lines.pop();
      return lines.join('\n');
    })
    .join('\n');
}

describe('renderPdf on a book with headings, a quote, a list, a caption and other scripts', async () => {
  const dir = await tempDir('pdf');
  const file = path.join(dir, 'ledger.pdf');
  const report = new VFile();
  const book = await sampleBook();
  const bytes = await renderPdf(book, { created, report });
  await writeFile(file, bytes);
  const pages = await pdfPages(file);

  it('passes qpdf --check', async () => {
    const result = await qpdfCheck(file);
    expect(result.ok, result.output).toBe(true);
  });

  it('embeds every font, as subsets, with a fallback face for what Literata lacks', async () => {
    const fonts = await pdfFonts(file);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.every((font) => /^[A-Z]{6}\+/.test(font.name))).toBe(true);
    expect(fonts.map((font) => font.name.slice(7))).toEqual(expect.arrayContaining(['Literata-Regular', 'Literata-Italic', 'DejaVuSerif']));
  });

  it('shows every character of Greek, Cyrillic, arrows, maths, IPA and Hebrew: none is a missing glyph', () => {
    const text = pages.join('');
    const sample = 'Ελληνικά γράμματα кириллица и ёж ← → ⇒ ⇔ ∑ ∫ √ ∞ ≠ ≤ ∇ ∈ ⊂ ʃ ʒ θ ð שלום naïve café Łódź';
    // A glyph the fonts lack would be drawn as glyph 0, which maps to U+0000 and drops the character.
    for (const character of sample.replace(/\s/g, '')) expect(text, `missing ${character}`).toContain(character);
    expect(text).not.toMatch(/[\u0000\uFFFD]/);
    expect(report.messages.filter((message) => message.ruleId === 'pdf-missing-glyph')).toEqual([]);
  });

  it('reports Tagged: yes, the document info and the fixed dates', async () => {
    const info = await pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(title);
    expect(info.Author).toBe('Ada Lindqvist');
    expect(info.Subject).toBe('Notes from a keeper’s ledger.');
    expect(info.Keywords).toBe('lighthouses, weather');
    expect(info.CreationDate).toMatch(/2024/);
    expect(info['Page size']).toBe('419.53 x 595.28 pts');
  });

  it('writes XMP metadata with the title escaped, the author, subject, keywords and language', async () => {
    const xmp = await pdfXmp(file);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Lamps &amp; Ledgers &lt;North&gt;</rdf:li>');
    expect(xmp).toContain('<rdf:li>Ada Lindqvist</rdf:li>');
    expect(xmp).toContain('<rdf:li>en-GB</rdf:li>');
    expect(xmp).toMatch(/<dc:subject><rdf:Bag><rdf:li>lighthouses<\/rdf:li><rdf:li>weather<\/rdf:li><\/rdf:Bag>/);
    expect(xmp).toContain('<xmp:CreateDate>2024-01-02T03:04:05Z</xmp:CreateDate>');
  });

  it('tags headings, paragraphs, the quote, the list, the caption and the contents', async () => {
    const structure = await pdfStructure(file);
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'BlockQuote', 'L', 'LI', 'LBody', 'Caption', 'TOC', 'TOCI']) {
      expect(structure, type).toMatch(new RegExp(`^\\s*${type}\\b`, 'm'));
    }
    expect(squash(structure)).toContain(`Caption "${captionText} Credit: Harbour Archive"`);
    expect(squash(structure)).toContain('P (block) "• wicks, trimmed and boxed"');
  });

  it('opens with a title page (title, byline, source, date) without header or page number', () => {
    expect(squash(pages[0]!)).toBe(`${title} by Ada Lindqvist The Coastal Review 5 November 2023`);
  });

  it('sets a table of contents whose page numbers point at the headings', () => {
    const contents = pages[1]!;
    expect(contents).toContain('Contents');
    for (const heading of ['The spring entries', 'Supplies', 'The autumn entries']) {
      const entry = new RegExp(`${heading}\\s+(\\d+)`).exec(squash(contents));
      expect(entry, heading).not.toBeNull();
      expect(squash(pages[Number(entry![1]) - 1]!)).toContain(heading);
    }
  });

  it('puts the title in the running header and a page number on every page but the first', () => {
    pages.slice(1).forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      expect(lines[0]).toBe(title);
      expect(lines[lines.length - 1]).toBe(String(index + 2));
    });
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('has bookmarks for the title, the contents and every heading, nested by depth', async () => {
    const outline = await pdfOutline(file);
    expect(outline.map((item) => [item.title, item.page])).toEqual([
      [title, 1],
      ['Contents', 2],
      ['The spring entries', expect.any(Number)],
      ['The autumn entries', expect.any(Number)],
    ]);
    expect(outline[2]!.kids.map((item) => item.title)).toEqual(['Supplies']);
    expect(squash(pages[outline[3]!.page - 1]!)).toContain('The autumn entries');
  });

  it('gives back every block in reading order, hyphenated words whole, quotes and accents intact', () => {
    // pdftotext wraps right-to-left words (the Hebrew) in bidi embedding marks.
    const body = squash(bodyText(pages)).replace(/[\u202A-\u202E]/g, '');
    let from = 0;
    for (const node of book.tree.children.slice(1)) {
      if (node.type === 'thematicBreak') continue;
      const text = squash(toString(node.type === 'list' ? node.children[0]! : node));
      const at = body.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    }
    expect(body).toContain('uncharacteristically overwhelming northeasterly');
  });

  it('gives byte-identical files for the same input', async () => {
    const again = await renderPdf(await sampleBook(), { created });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf on a short plain-text article', async () => {
  const dir = await tempDir('pdf-short');
  const file = path.join(dir, 'sample.pdf');
  await writeFile(file, await renderPdf(await bookFromText(sampleText), { created }));

  it('has no contents page when the book has no headings, and still an outline', async () => {
    const pages = await pdfPages(file);
    expect(pages).toHaveLength(2);
    expect(pages[1]).not.toContain('Contents');
    expect(await pdfOutline(file)).toEqual([{ title: 'A Lighthouse Keeper’s Ledger', page: 1, kids: [] }]);
  });

  it('gives back its text through pdftotext, curly quotes and other scripts intact', async () => {
    const text = squash(await pdfText(file));
    expect(text).toContain('A Lighthouse Keeper’s Ledger');
    expect(text).toContain('“We counted the ships by their lamps,” the keeper said');
    expect(text).toContain('Ελληνικά, кириллица, naïve café.');
  });
});

describe('renderPdf page sizes and characters no font has', async () => {
  const dir = await tempDir('pdf-sizes');

  it.each([
    ['A4', '595.28 x 841.89 pts (A4)'],
    ['Letter', '612 x 792 pts (letter)'],
  ] as const)('sets %s pages when asked', async (pageSize, expected) => {
    const file = path.join(dir, `${pageSize}.pdf`);
    await writeFile(file, await renderPdf(await bookFromText(sampleText), { created, pageSize }));
    expect((await pdfInfo(file))['Page size']).toBe(expected);
    expect((await qpdfCheck(file)).ok).toBe(true);
  });

  it('draws a visible replacement for CJK and reports it, keeping the real characters in the text', async () => {
    const file = path.join(dir, 'cjk.pdf');
    const report = new VFile();
    await writeFile(file, await renderPdf(await bookFromText('Mixed Scripts\n\nThe sign read 漢字 in the old style.'), { created, report }));
    const messages = report.messages.filter((message) => message.ruleId === 'pdf-missing-glyph');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('漢 字');
    // In place in the line, not torn out of it: poppler reads a stand-in's ActualText at the span's end.
    expect((await pdfText(file)).replace(/\s+/g, ' ')).toContain('The sign read 漢字 in the old style.');
    expect((await qpdfCheck(file)).ok).toBe(true);
  });
});

describe('renderPdf text of one book whatever was rendered before it in the process', async () => {
  const dir = await tempDir('pdf-glyph-text');
  // Rendered first: its accented letters are composite glyphs whose parts (a grave accent, the same
  // glyph as the backtick) are made without text when its font subset is written; it uses a no-break
  // space, which shares its glyph with the space.
  await renderPdf(await bookFromText('Accents First\n\nTrès à côté, 10\u00a0km, naïve.'), { created });
  const file = path.join(dir, 'backtick.pdf');
  const book = await bookFromText('Backticks After\n\nType `ls -l` and press Enter, then `cd` home.');
  const bytes = await renderPdf(book, { created });
  await writeFile(file, bytes);

  it('gives back backticks and plain spaces, not the text of an earlier book’s glyphs', async () => {
    const text = await pdfText(file);
    expect(text).toContain('Type `ls -l` and press Enter, then `cd` home.');
    expect(text).not.toContain('\u00a0');
  });
});
