import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderEpub } from '../../pipeline/render/epub.ts';
import { bookFromText, keepMarkup, sampleText } from '../helpers/books.ts';
import { epubCheck } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const modified = new Date('2024-01-02T03:04:05Z');

describe('renderEpub', () => {
  it('passes EPUBCheck with no errors and no warnings', async () => {
    const dir = await tempDir('epub');
    const file = path.join(dir, 'sample.epub');
    await writeFile(file, await renderEpub(await bookFromText(sampleText), { modified }));
    const result = await epubCheck(file);
    expect(result.errors, result.output).toBe(0);
    expect(result.warnings, result.output).toBe(0);
  });

  it('gives byte-identical books for the same input', async () => {
    const book = await bookFromText(sampleText);
    const first = await renderEpub(book, { modified });
    const second = await renderEpub(await bookFromText(sampleText), { modified });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('writes our own metadata, with no made-up author or rights line', async () => {
    const book = await bookFromText('---\ntitle: Bread & Salt\nsource: The Flour Notebook\n---\n\nText.', 'markdown');
    const zip = await JSZip.loadAsync(await renderEpub(book, { modified }));
    const opf = await zip.file('OEBPS/content.opf')!.async('string');
    expect(opf).toContain('<dc:title>Bread &amp; Salt</dc:title>');
    expect(opf).toContain('<dc:source>The Flour Notebook</dc:source>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-01-02T03:04:05Z</meta>');
    expect(opf).not.toMatch(/anonymous|All rights reserved|<dc:creator>/);
  });

  it('keeps text that looks like markup as text', async () => {
    const book = await bookFromText('Tricky\n\n<script>alert(1)</script> & [x](javascript:alert(1))', 'text', 'sample', keepMarkup);
    const zip = await JSZip.loadAsync(await renderEpub(book, { modified }));
    const xhtml = await zip.file('OEBPS/text.xhtml')!.async('string');
    expect(xhtml).not.toContain('<script>');
    expect(xhtml).toMatch(/&#x3C;script>alert\(1\)&#x3C;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});
