import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseSeed } from '../pipeline/parse.ts';

describe('parse: plain text', () => {
  it('makes the first non-empty line the title and keeps each block\'s raw lines for the structure rules', () => {
    const { tree } = parseSeed('\n\nA Title\n\nFirst line\n    wraps here.\n\n\n\nSecond paragraph.\n', 'text', 'a.txt');
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(toString(tree.children[0])).toBe('A Title');
    expect(toString(tree.children[1])).toBe('First line\n    wraps here.');
  });

  it('keeps Markdown-looking text literal: no lists, headings, quotes or HTML', () => {
    const text = 'Title\n\n2020. A year to forget.\n\n# not a heading\n\n> not a quote\n\n<b>not bold</b> *not emphasis*';
    const { tree } = parseSeed(text, 'text', 'a.txt');
    expect(tree.children.slice(1).map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(tree.children.slice(1).map((node) => toString(node))).toEqual([
      '2020. A year to forget.',
      '# not a heading',
      '> not a quote',
      '<b>not bold</b> *not emphasis*',
    ]);
  });

  it('records where each paragraph came from', () => {
    const { tree } = parseSeed('Title\n\nBody on\nline three.', 'text', 'a.txt');
    expect(tree.children[1]?.position?.start.line).toBe(3);
    expect(tree.children[1]?.position?.end.line).toBe(4);
  });
});

describe('parse: Markdown', () => {
  it('reads front matter and removes it from the body', () => {
    const { tree, frontMatter } = parseSeed('---\ntitle: Bread\nkeywords: [a, b]\n---\n\n# Bread\n\nText.', 'markdown', 'b.md');
    expect(frontMatter).toEqual({ title: 'Bread', keywords: ['a', 'b'] });
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });

  it('names the file and the line when the front matter is not valid YAML', () => {
    expect(() => parseSeed('---\ntitle: [unclosed\n---\n\nText', 'markdown', 'seeds/bad.md')).toThrowError(
      /seeds\/bad\.md: has front matter that is not valid YAML/,
    );
  });

  it('keeps raw HTML as literal text', () => {
    const { tree } = parseSeed('# T\n\n<script>alert(1)</script>\n\nSome <b>bold</b> text.', 'markdown', 'c.md');
    expect(toString(tree)).toContain('<script>alert(1)</script>');
    expect(toString(tree)).toContain('Some <b>bold</b> text.');
    const types: string[] = [];
    JSON.stringify(tree, (key, value: unknown) => {
      if (key === 'type' && typeof value === 'string') types.push(value);
      return value;
    });
    expect(types).not.toContain('html');
  });

  // Found by the idempotence property: the text stood bare in the list item, and kept the block's line end.
  it('wraps raw HTML that stands as a block inside a list item or quote in a paragraph', () => {
    const { tree } = parseSeed('* <!-- *\n\n> <div>\n', 'markdown', 'c.md');
    const list = tree.children[0];
    const quote = tree.children[1];
    expect(list?.type === 'list' && list.children[0]?.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '<!-- *' }] });
    expect(quote?.type === 'blockquote' && quote.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '<div>' }] });
  });
});
