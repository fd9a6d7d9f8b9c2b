import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../pipeline/book.ts';
import { renderEpub } from '../../pipeline/render/epub.ts';
import { bookFromText, keepMarkup, sampleText } from '../helpers/books.ts';
import { aceCheck, epubCheck } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const modified = new Date('2024-01-02T03:04:05Z');

const sectionedMarkdown = [
  '---',
  'title: Harbour Notes',
  'author: A. Writer',
  'source: The Harbour Post',
  'date: 2024-05-01',
  'keywords: [ferries, strikes]',
  '---',
  '',
  '# Harbour Notes',
  '',
  'The ferries ran late again on Monday, and the queue reached the end of the pier before eight.',
  '',
  'CAPTION',
  '',
  '## The crossing',
  '',
  '> A quoted passage that stands apart from the text around it.',
  '',
  '- one item',
  '- another item',
  '',
  '***',
  '',
  'After the break, the text goes on.',
  '',
  '### At the pier',
  '',
  'Ropes, gulls and diesel.',
  '',
  '## The talks',
  '',
  'The union said talks would continue on Thursday.',
].join('\n');

/** A book with every block the EPUB styles, including a caption (made by a transform in real builds). */
async function sectionedBook(): Promise<Book> {
  const book = await bookFromText(sectionedMarkdown, 'markdown');
  const index = book.tree.children.findIndex((node) => node.type === 'paragraph' && JSON.stringify(node).includes('CAPTION'));
  book.tree.children[index] = { type: 'caption', credit: 'Harbour News Service', children: [{ type: 'text', value: 'Passengers queue at the terminal.' }] };
  return book;
}

async function files(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = await Promise.all(Object.values(zip.files).filter((file) => !file.dir && !file.name.endsWith('.png')).map(async (file) => [file.name, await file.async('string')] as const));
  return Object.fromEntries(entries);
}

describe('renderEpub', () => {
  it('passes EPUBCheck with no errors and no warnings', async () => {
    const dir = await tempDir('epub');
    for (const [name, book, splitWords] of [['sample', await bookFromText(sampleText), undefined], ['sectioned', await sectionedBook(), 10]] as const) {
      const file = path.join(dir, `${name}.epub`);
      await writeFile(file, await renderEpub(book, { modified, ...(splitWords ? { splitWords } : {}) }));
      const result = await epubCheck(file);
      expect(result.errors, result.output).toBe(0);
      expect(result.warnings, result.output).toBe(0);
    }
  });

  it('passes DAISY Ace with no serious or critical violations, and declares its accessibility', async () => {
    const dir = await tempDir('epub-ace');
    const file = path.join(dir, 'sectioned.epub');
    await writeFile(file, await renderEpub(await sectionedBook(), { modified, splitWords: 10 }));
    const result = await aceCheck(file);
    expect(result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), result.output).toEqual([]);
    expect(result.metadataPresent).toEqual(expect.arrayContaining(['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']));
  });

  it('gives byte-identical books for the same input', async () => {
    const first = await renderEpub(await sectionedBook(), { modified });
    const second = await renderEpub(await sectionedBook(), { modified });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('derives the identifier from the content: same text, same id; other text, other id', async () => {
    const identifier = async (text: string) => /<dc:identifier id="book-id">([^<]+)</.exec((await files(await renderEpub(await bookFromText(text), { modified })))['OEBPS/content.opf']!)?.[1];
    const first = await identifier(sampleText);
    expect(first).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(await identifier(sampleText)).toBe(first);
    expect(await identifier(`${sampleText}\n\nOne more line.`)).not.toBe(first);
  });

  it('writes our own metadata, with no made-up author or rights line', async () => {
    const book = await bookFromText('---\ntitle: Bread & Salt\nsource: The Flour Notebook\n---\n\nText.', 'markdown');
    const opf = (await files(await renderEpub(book, { modified })))['OEBPS/content.opf']!;
    expect(opf).toContain('<dc:title>Bread &amp; Salt</dc:title>');
    expect(opf).toContain('<dc:source>The Flour Notebook</dc:source>');
    expect(opf).toContain('<dc:publisher>The Flour Notebook</dc:publisher>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-01-02T03:04:05Z</meta>');
    expect(opf).toContain('<dc:description>Text.</dc:description>');
    expect(opf).not.toMatch(/anonymous|All rights reserved|<dc:creator>/);
  });

  it('names the creator, date, subjects and detected language', async () => {
    const german = 'Der alte Fährmann kannte jede Strömung des Flusses. Jeden Morgen brachte er die Kinder über das Wasser zur Schule, und am Abend holte er sie wieder ab, bei Regen wie bei Sonnenschein. Niemand im Dorf konnte sich an eine Zeit ohne ihn erinnern.';
    const book = await bookFromText(`---\ntitle: Der Fährmann\nauthor: Jana Roth\ndate: 2023-09-01\nkeywords: [Fluss, Dorf]\n---\n\n${german}`, 'markdown');
    const epub = await files(await renderEpub(book, { modified }));
    const opf = epub['OEBPS/content.opf']!;
    expect(opf).toContain('<dc:creator>Jana Roth</dc:creator>');
    expect(opf).toContain('<dc:date>2023-09-01</dc:date>');
    expect(opf).toContain('<dc:subject>Fluss</dc:subject>');
    expect(opf).toContain('<dc:language>de</dc:language>');
    expect(epub['OEBPS/text.xhtml']).toContain('xml:lang="de" lang="de"');
  });

  it('declares a generated PNG cover and opens with a cover page', async () => {
    const bytes = await renderEpub(await sectionedBook(), { modified });
    const zip = await JSZip.loadAsync(bytes);
    const png = await zip.file('OEBPS/cover.png')!.async('uint8array');
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    const epub = await files(bytes);
    const opf = epub['OEBPS/content.opf']!;
    expect(opf).toMatch(/<item id="cover-image" href="cover.png" media-type="image\/png" properties="cover-image"\/>/);
    expect(opf).toContain('<meta name="cover" content="cover-image"/>');
    expect(/<spine[^>]*>\s*<itemref idref="(\w+)"/.exec(opf)?.[1]).toBe('cover');
    expect(epub['OEBPS/cover.xhtml']).toContain('<img src="cover.png" alt="Cover: Harbour Notes, A. Writer, The Harbour Post" role="doc-cover"/>');
    expect(epub['OEBPS/toc.xhtml']).toContain('<a epub:type="cover" href="cover.xhtml">');
  });

  it('keeps a short book in one file, with navigation entries pointing at heading ids', async () => {
    const epub = await files(await renderEpub(await sectionedBook(), { modified }));
    const nav = epub['OEBPS/toc.xhtml']!;
    expect(nav).toMatch(/<li><a href="text.xhtml">Harbour Notes<\/a><\/li>\s*<li><a href="text.xhtml#the-crossing">The crossing<\/a>\s*<ol>\s*<li><a href="text.xhtml#at-the-pier">At the pier<\/a><\/li>\s*<\/ol>\s*<\/li>\s*<li><a href="text.xhtml#the-talks">The talks<\/a><\/li>/);
    expect(epub['OEBPS/text.xhtml']).toContain('<h2 id="the-crossing">The crossing</h2>');
    expect(epub['OEBPS/text.xhtml']).toContain('<h3 id="at-the-pier">At the pier</h3>');
    expect(epub['OEBPS/toc.ncx']).toContain('<content src="text.xhtml#at-the-pier"/>');
    expect(epub['OEBPS/toc.ncx']).toContain('<meta name="dtb:depth" content="2"/>');
  });

  it('splits a long book at its depth-2 headings, one titled page each', async () => {
    const epub = await files(await renderEpub(await sectionedBook(), { modified, splitWords: 10 }));
    expect(Object.keys(epub).filter((name) => /text-\d\.xhtml$/.test(name)).sort()).toEqual(['OEBPS/text-1.xhtml', 'OEBPS/text-2.xhtml', 'OEBPS/text-3.xhtml']);
    expect(epub['OEBPS/text-2.xhtml']).toContain('<title>The crossing</title>');
    expect(epub['OEBPS/text-2.xhtml']).toMatch(/<section[^>]*>\s*<h2 id="the-crossing">/);
    expect(epub['OEBPS/toc.xhtml']).toContain('<a href="text-2.xhtml">The crossing</a>');
    expect(epub['OEBPS/toc.xhtml']).toContain('<a href="text-2.xhtml#at-the-pier">At the pier</a>');
    const spine = [...epub['OEBPS/content.opf']!.matchAll(/<itemref idref="([\w-]+)"/g)].map((match) => match[1]);
    expect(spine).toEqual(['cover', 'nav', 'chapter-1', 'chapter-2', 'chapter-3']);
  });

  it('writes captions as figures, and quotes, lists and breaks as their own elements', async () => {
    const xhtml = (await files(await renderEpub(await sectionedBook(), { modified })))['OEBPS/text.xhtml']!;
    expect(xhtml).toContain('<figure class="caption"><figcaption>Passengers queue at the terminal. <span class="credit">Credit: Harbour News Service</span></figcaption></figure>');
    expect(xhtml).toMatch(/<blockquote>\s*<p>A quoted passage/);
    expect(xhtml).toMatch(/<ul>\s*<li>one item<\/li>/);
    expect(xhtml).toContain('<hr/>');
  });

  it('keeps text that looks like markup as text', async () => {
    const book = await bookFromText('Tricky\n\n<script>alert(1)</script> & [x](javascript:alert(1))', 'text', 'sample', keepMarkup);
    const xhtml = (await files(await renderEpub(book, { modified })))['OEBPS/text.xhtml']!;
    expect(xhtml).not.toContain('<script>');
    expect(xhtml).toMatch(/&#x3C;script>alert\(1\)&#x3C;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});
