// The catalog's word count read from the tree must be exactly the count of the book's Markdown:
// checked on the project's seeds, every fixture input, generated bench seeds, and arbitrary trees.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Book, SeedKind } from '../../pipeline/book.ts';
import { article, randomFrom } from '../../pipeline/build/bench-corpus.ts';
import { countWords } from '../../pipeline/build/book-record.ts';
import { countBookWords, countTreeWords } from '../../pipeline/build/tree-words.ts';
import { cleanSeed } from '../../pipeline/index.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { isSeedError } from '../../pipeline/seed-error.ts';

const root = path.resolve(import.meta.dirname, '../..');
const markdownCount = (book: Book) => countWords(renderMarkdown(book));

async function cleaned(name: string, text: string): Promise<Book | undefined> {
  const kind: SeedKind = name.endsWith('.md') ? 'markdown' : 'text';
  try {
    return (await cleanSeed({ path: name, bytes: new TextEncoder().encode(text), kind, slug: 'seed' })).book;
  } catch (error) {
    if (isSeedError(error)) return undefined;
    throw error;
  }
}

/** Compares both counts on each seed; returns how many were counted from the tree alone. */
async function compare(seeds: Array<[string, string]>): Promise<number> {
  let fromTree = 0;
  for (const [name, text] of seeds) {
    const book = await cleaned(name, text);
    if (!book) continue;
    expect(countBookWords(book), name).toBe(markdownCount(book));
    if (countTreeWords(book.tree) !== undefined) fromTree += 1;
  }
  return fromTree;
}

async function filesUnder(folder: string, keep: (name: string) => boolean): Promise<Array<[string, string]>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.sort().map(async (file) => [file, await readFile(file, 'utf8')] as [string, string]));
}

describe('the word count read from the tree', () => {
  it("equals the Markdown's on the project's seeds and on every fixture input", async () => {
    const seeds = await filesUnder(path.join(root, 'seeds'), (name) => /\.(txt|md)$/.test(name));
    const inputs = await filesUnder(path.join(root, 'tests/fixtures'), (name) => /^(input|original|spun)\.(txt|md)$/.test(name));
    expect(seeds.length + inputs.length).toBeGreaterThan(50);
    const fromTree = await compare([...seeds, ...inputs]);
    // Most books are counted without writing their Markdown, or the count saves nothing.
    expect(fromTree).toBeGreaterThan((seeds.length + inputs.length) / 2);
  });

  it("equals the Markdown's on generated bench seeds (plain text and Markdown, with breaks and captions)", async () => {
    const random = randomFrom(20240501);
    const seeds: Array<[string, string]> = [];
    for (let index = 0; index < 40; index += 1) {
      const markdown = index % 3 === 0;
      seeds.push([`bench-${index}.${markdown ? 'md' : 'txt'}`, article(random, 1500 + Math.floor(random() * 6000), markdown)]);
    }
    expect(await compare(seeds)).toBe(seeds.length);
  });

  it("equals the Markdown's whenever it gives a count, for arbitrary trees (spaces, emphasis, breaks, lists)", () => {
    const text = fc
      .array(fc.constantFrom('word', 'Ünï', '42', ' ', '  ', '\t', '\n', '\r', '\u00a0', '.', ',', '—', '*', '_', '#', '-', '1.', '&', '\\', '\u00ad', 'e\u0301', '\u0301', '£', '(x)', '日本'), { minLength: 1, maxLength: 8 })
      .map((parts): PhrasingContent => ({ type: 'text', value: parts.join('') }));
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constant<PhrasingContent>({ type: 'break' }),
        fc.record({ type: fc.constantFrom('emphasis' as const, 'strong' as const), children: fc.array(tie('node'), { maxLength: 3 }) }) as fc.Arbitrary<PhrasingContent>,
        fc.record({ type: fc.constant('inlineCode' as const), value: fc.constantFrom('a b', ' x ') }) as fc.Arbitrary<PhrasingContent>,
      ),
    })).node;
    const inline = fc.array(phrasing, { maxLength: 5 });
    const block: fc.Arbitrary<BlockContent> = fc.oneof(
      fc.record({ type: fc.constant('paragraph' as const), children: inline }),
      fc.record({ type: fc.constant('heading' as const), depth: fc.constantFrom(1 as const, 2 as const), children: inline }),
      fc.record({ type: fc.constant('caption' as const), children: inline, credit: fc.constantFrom('AP', 'Jo Doe', '') }) as fc.Arbitrary<BlockContent>,
      fc.constant<BlockContent>({ type: 'thematicBreak' }),
      fc.record({ type: fc.constant('blockquote' as const), children: fc.array(fc.record({ type: fc.constant('paragraph' as const), children: inline }), { maxLength: 2 }) }),
      fc.record({
        type: fc.constant('list' as const),
        ordered: fc.boolean(),
        children: fc.array(fc.record({ type: fc.constant('listItem' as const), children: fc.array(fc.record({ type: fc.constant('paragraph' as const), children: inline }), { maxLength: 2 }) }), { maxLength: 3 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (children) => {
        const tree: Root = { type: 'root', children };
        const book: Book = { metadata: { title: 'A Title', language: 'en', slug: 'a-title' }, tree };
        const counted = countTreeWords(tree);
        if (counted !== undefined) expect(counted).toBe(markdownCount(book));
        expect(countBookWords(book)).toBe(markdownCount(book));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('counts numbered items\' markers, and leaves to the Markdown what it cannot foresee', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'list', ordered: true, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one —' }] }] }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'emphasis', children: [{ type: 'text', value: 'b ' }] }, { type: 'text', value: 'c' }] },
      ],
    };
    const book: Book = { metadata: { title: 'T', language: 'en', slug: 't' }, tree };
    // "1. one —" is two words; "a*b&#x20;*c" is one, which the tree alone would count as two.
    expect(countTreeWords({ type: 'root', children: [tree.children[0]!] })).toBe(2);
    expect(countTreeWords(tree)).toBeUndefined();
    expect(countBookWords(book)).toBe(markdownCount(book));
    expect(markdownCount(book)).toBe(3);
    // A soft hyphen by emphasis is written "&#xAD;_&#xAD;_": a word in the Markdown, none in the text.
    const hyphens: Book = { ...book, tree: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '\u00ad' }, { type: 'emphasis', children: [{ type: 'text', value: '\u00ad' }] }] }] } };
    expect(countTreeWords(hyphens.tree)).toBeUndefined();
    expect(countBookWords(hyphens)).toBe(1);
  });
});
