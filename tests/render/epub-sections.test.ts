import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { sectionBook } from '../../pipeline/render/epub-sections.ts';

const heading = (depth: 1 | 2 | 3, value: string) => ({ type: 'heading' as const, depth, children: [{ type: 'text' as const, value }] });
const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });

describe('sectionBook', () => {
  it('gives every heading a unique id that is a valid XML name', () => {
    const tree: Root = { type: 'root', children: [heading(1, 'Book'), heading(2, '1999'), paragraph('a'), heading(2, 'Notes'), heading(2, 'Notes'), heading(3, '¿Qué?')] };
    const { sections, nav } = sectionBook(tree, 'Book');
    expect(sections).toHaveLength(1);
    expect([...sections[0]!.body.matchAll(/id="([^"]+)"/g)].map((match) => match[1])).toEqual(['section-1999', 'notes', 'notes-1', 'qué']);
    expect(nav.map((entry) => entry.href)).toEqual(['text.xhtml', 'text.xhtml#section-1999', 'text.xhtml#notes', 'text.xhtml#notes-1']);
    expect(nav[3]!.children).toEqual([{ title: '¿Qué?', href: 'text.xhtml#qué', children: [] }]);
  });

  it('leaves the tree it was given unchanged', () => {
    const tree: Root = { type: 'root', children: [heading(1, 'Book'), heading(2, 'One'), paragraph('a'), heading(2, 'Two'), paragraph('b')] };
    const before = structuredClone(tree);
    sectionBook(tree, 'Book', { splitWords: 1 });
    expect(tree).toEqual(before);
  });

  it('does not split at a single depth-2 heading, however long the book', () => {
    const tree: Root = { type: 'root', children: [heading(1, 'Book'), paragraph('x '.repeat(5000)), heading(2, 'Only'), paragraph('y')] };
    expect(sectionBook(tree, 'Book', { splitWords: 10 }).sections).toHaveLength(1);
  });
});
