import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../pipeline/book.ts';
import '../../pipeline/caption.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { renderPdf } from '../../pipeline/render/pdf.ts';
import { treeToXhtml } from '../../pipeline/render/xhtml.ts';
import { pdfText, squash } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const book: Book = {
  metadata: { title: 'Harbour', language: 'en', slug: 'harbour' },
  tree: {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Harbour' }] },
      { type: 'caption', credit: 'AP', children: [{ type: 'text', value: 'Boats wait in the rain.' }] },
    ],
  },
};

describe('caption nodes', () => {
  it('are marked in Markdown as an emphasised line with the credit', () => {
    expect(new TextDecoder().decode(renderMarkdown(book))).toContain('\n_Boats wait in the rain._ (Credit: AP)\n');
  });

  it('become a figure caption in XHTML', () => {
    expect(treeToXhtml(book.tree)).toContain('<figure class="caption"><figcaption>Boats wait in the rain. <span class="credit">Credit: AP</span></figcaption></figure>');
  });

  it('are set in the PDF with their credit', async () => {
    const file = path.join(await tempDir('caption'), 'c.pdf');
    await writeFile(file, await renderPdf(book, { created: new Date(0) }));
    expect(squash(await pdfText(file))).toContain('Boats wait in the rain. Credit: AP');
  });
});
