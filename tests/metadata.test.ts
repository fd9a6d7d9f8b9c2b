import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSeed } from '../pipeline/parse.ts';
import { describeBook } from '../pipeline/metadata.ts';

function describeText(text: string, kind: 'text' | 'markdown') {
  const { tree, frontMatter } = parseSeed(text, kind, 'x');
  const metadata = describeBook(tree, new VFile({ data: { frontMatter } }), 'slug');
  return { tree, metadata };
}

describe('describeBook', () => {
  it('takes the title from the first heading and defaults the language', () => {
    expect(describeText('My Title\n\nBody.', 'text').metadata).toEqual({ title: 'My Title', language: 'en', slug: 'slug' });
  });

  it('prefers front matter, and keeps a YAML date as a calendar day', () => {
    const { metadata } = describeText('---\ntitle: Front\nauthor: A. Writer\ndate: 2024-03-14\nlang: fr\ntags: a, b\n---\n\n# Heading\n\nBody.', 'markdown');
    expect(metadata).toMatchObject({ title: 'Front', author: 'A. Writer', date: '2024-03-14', language: 'fr', keywords: ['a', 'b'] });
  });

  it('adds a title heading when the Markdown has none', () => {
    const { tree } = describeText('---\ntitle: Given\n---\n\nJust a paragraph.', 'markdown');
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Given' }] });
  });
});
