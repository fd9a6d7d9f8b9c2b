import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf.ts';
import { bookFromText, sampleText } from '../helpers/books.ts';
import { pdfFonts, pdfInfo, pdfText, qpdfCheck, squash } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const created = new Date('2024-01-02T03:04:05Z');

describe('renderPdf', async () => {
  const dir = await tempDir('pdf');
  const file = path.join(dir, 'sample.pdf');
  const bytes = await renderPdf(await bookFromText(sampleText), { created });
  await writeFile(file, bytes);

  it('passes qpdf --check', async () => {
    const result = await qpdfCheck(file);
    expect(result.ok, result.output).toBe(true);
  });

  it('embeds every font', async () => {
    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('gives back its text through pdftotext, curly quotes and other scripts intact', async () => {
    const text = squash(await pdfText(file));
    expect(text).toContain('A Lighthouse Keeper’s Ledger');
    expect(text).toContain('“We counted the ships by their lamps,” the keeper said');
    expect(text).toContain('Ελληνικά, кириллица, naïve café.');
  });

  it('records the title and the fixed creation date', async () => {
    const info = await pdfInfo(file);
    expect(info.Title).toBe('A Lighthouse Keeper’s Ledger');
    expect(info.CreationDate).toMatch(/2024/);
  });

  it('gives byte-identical files for the same input', async () => {
    const again = await renderPdf(await bookFromText(sampleText), { created });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
