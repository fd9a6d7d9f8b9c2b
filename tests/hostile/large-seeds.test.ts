// Large seeds stay linear: a 2 MB line without spaces cleans and renders; 50,000 one-line paragraphs clean.
// (A 20 MB seed belongs in the benchmark, not the test suite.)
import { describe, expect, it } from 'vitest';
import { buildSeed, cleanSeed } from '../../pipeline/index.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { renderEpub } from '../../pipeline/render/epub.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('large seeds', () => {
  it('a single 2 MB line with no spaces cleans into Markdown and EPUB', async () => {
    const line = 'x'.repeat(2 * 1024 * 1024);
    const { book } = await cleanSeed({ path: 'long-line.txt', bytes: encode(`A Long Line\n\n${line}\n`), kind: 'text', slug: 'long-line' });
    expect(new TextDecoder().decode(renderMarkdown(book))).toContain(line);
    expect((await renderEpub(book, { modified: new Date('2000-01-01T00:00:00Z') })).length).toBeGreaterThan(1000);
  }, 180_000);

  // The PDF layout cuts such a run to the line width instead of hyphenating it (paragraph.ts).
  it('a single 2 MB line with no spaces lays out as a PDF', async () => {
    const line = 'x'.repeat(2 * 1024 * 1024);
    const built = await buildSeed({ path: 'long-line.txt', bytes: encode(`A Long Line\n\n${line}\n`), kind: 'text', slug: 'long-line' }, { buildDate: new Date('2000-01-01T00:00:00Z'), formats: ['pdf'] });
    expect(Buffer.from(built.outputs.pdf!.subarray(-7)).toString('latin1')).toMatch(/%%EOF\s*$/);
  }, 180_000);

  it('50,000 one-line paragraphs clean into 50,000 paragraphs of Markdown', async () => {
    const paragraphs = Array.from({ length: 50_000 }, (_, index) => `Paragraph ${index + 1} says ${(index * 7919) % 50_000} things.`);
    const { book } = await cleanSeed({ path: 'many.txt', bytes: encode(`Many Paragraphs\n\n${paragraphs.join('\n\n')}\n`), kind: 'text', slug: 'many' });
    const markdown = new TextDecoder().decode(renderMarkdown(book));
    expect(book.tree.children.filter((node) => node.type === 'paragraph')).toHaveLength(50_000);
    expect(markdown).toContain(`\n\n${paragraphs[49_999]}\n`);
  }, 180_000);
});
