import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { bookFromText, keepMarkup, sampleText } from '../helpers/books.ts';
import { parseMarkdownBack } from '../helpers/judges.ts';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('renderMarkdown', () => {
  it('writes YAML front matter with the title and source', async () => {
    const book = await bookFromText('---\ntitle: Bread\nsource: The Flour Notebook\n---\n\nText.', 'markdown');
    const tree = parseMarkdownBack(decode(renderMarkdown(book)));
    const yaml = tree.children[0];
    expect(yaml?.type).toBe('yaml');
    expect(parseYaml((yaml as { value: string }).value)).toMatchObject({ title: 'Bread', source: 'The Flour Notebook' });
  });

  it('parses back to the same text, curly quotes included', async () => {
    const book = await bookFromText(sampleText);
    const back = parseMarkdownBack(decode(renderMarkdown(book)));
    back.children.shift();
    expect(toString(back)).toBe(toString(book.tree));
  });

  it('escapes Markdown syntax in plain text so it reads back literally', async () => {
    const tricky = 'Tricky\n\n2020. Not a list.\n\n# not a heading *not emphasis* _nor this_ [x](javascript:alert(1)) <script>alert(1)</script> &amp; <!-- c -->';
    const book = await bookFromText(tricky, 'text', 'sample', keepMarkup);
    const back = parseMarkdownBack(decode(renderMarkdown(book)));
    back.children.shift();
    expect(back.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(back.children.slice(1).map((node) => toString(node))).toEqual([
      '2020. Not a list.',
      '# not a heading *not emphasis* _nor this_ [x](javascript:alert(1)) <script>alert(1)</script> &amp; <!-- c -->',
    ]);
  });
});
