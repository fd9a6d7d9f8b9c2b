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

describe('sectionBook on a very long text', () => {
  const words = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

  it('cuts a book without chapters into parts, each listed once in the spine but not in the contents', () => {
    const children = [heading(1, 'Book'), ...Array.from({ length: 40 }, (_, index) => paragraph(`${index}: ${words(100, 'w')}`))];
    const { sections, nav } = sectionBook({ type: 'root', children }, 'Book', { partCharacters: 2000 });
    expect(sections.length).toBeGreaterThan(5);
    expect(sections.map((section) => section.filename)).toEqual(sections.map((_, index) => `text-${index + 1}.xhtml`));
    // Nothing lost or repeated: every paragraph once, in order, across the parts.
    const numbers = sections.flatMap((section) => [...section.body.matchAll(/<p>(\d+):/g)].map((match) => Number(match[1])));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, index) => index));
    for (const section of sections.slice(0, -1)) expect(section.body.length).toBeLessThan(2000 + 600);
    expect(sections.every((section) => section.title === 'Book')).toBe(true);
    expect(nav).toEqual([{ title: 'Book', href: 'text-1.xhtml', children: [] }]);
  });

  it('cuts a long chapter into parts that keep its title; the contents still point at each chapter and subheading', () => {
    const children = [
      heading(1, 'Book'),
      heading(2, 'Short'),
      paragraph(words(50, 'a')),
      heading(2, 'Long'),
      ...Array.from({ length: 12 }, () => paragraph(words(100, 'b'))),
      heading(3, 'Deep in the long one'),
      paragraph(words(100, 'c')),
    ];
    const { sections, nav } = sectionBook({ type: 'root', children }, 'Book', { splitWords: 10, partCharacters: 1500 });
    expect(sections[0]!.title).toBe('Book');
    expect(sections.slice(1).map((section) => section.title).every((title) => title === 'Short' || title === 'Long' || title === 'Deep in the long one')).toBe(true);
    expect(sections.filter((section) => section.title === 'Long').length).toBeGreaterThan(2);
    const deep = sections.find((section) => section.body.includes('Deep in the long one'))!;
    expect(nav.map((entry) => entry.title)).toEqual(['Book', 'Short', 'Long']);
    expect(nav[2]!.href).toBe(sections.find((section) => section.body.includes('>Long</h2>'))!.filename);
    expect(nav[2]!.children).toEqual([{ title: 'Deep in the long one', href: expect.stringMatching(new RegExp(`^${deep.filename}(#deep-in-the-long-one)?$`)), children: [] }]);
  });
});
