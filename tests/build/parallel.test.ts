import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll, type BookResult } from '../../pipeline/build/build-all.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

const words = 'harbour ferry council morning river market winter bread station village engineer weather tide bridge garden teacher letter window evening lantern orchard miller quarry festival cargo timber mayor spring carriage island signal meadow'.split(' ');

// Every paragraph different (the cleanup collapses repeated ones): a book of some forty PDF pages.
function longBook(paragraphs: number): string {
  const paragraph = (index: number) =>
    Array.from({ length: 8 }, (_, sentence) => {
      const picked = Array.from({ length: 12 }, (_, word) => words[(index * 7 + sentence * 5 + word * 3 + word * sentence) % words.length]);
      return `The ${picked.join(' ')} of part ${index + 1}.${sentence + 1}.`;
    }).join(' ');
  return `A Long Book\n\n${Array.from({ length: paragraphs }, (_, index) => paragraph(index)).join('\n\n')}\n`;
}

describe('the worker pool', () => {
  it('builds a small seed while a long one is still rendering on another thread', async () => {
    const { root, seeds } = await seedFolder('parallel', {});
    await writeFile(path.join(seeds, 'a-long-book.txt'), longBook(80));
    await writeFile(path.join(seeds, 'b-short-note.txt'), 'A Short Note\n\nOne line.\n');
    const events: string[] = [];
    const reporter = { start: () => {}, bookStarted: (slug: string) => events.push(`start ${slug}`), bookDone: (result: BookResult) => events.push(`done ${result.slug}`), finish: () => {} };
    const pool = createBookPool(2);
    try {
      const summary = await buildAll({ seedsDirs: [seeds], outDir: path.join(root, 'out'), buildDate: new Date(0), formats: ['pdf'], reporter, pool });
      expect(summary.built).toBe(2);
      expect(summary.results.find((result) => result.slug === 'a-long-book')!.words).toBeGreaterThan(4000);
    } finally {
      await pool.destroy();
    }
    // Both books are handed out before either is done (the long one first, in name order), and the
    // short one does not wait for the long one: it is done first.
    expect(events).toEqual(['start a-long-book', 'start b-short-note', 'done b-short-note', 'done a-long-book']);
  }, 120_000);

  it("tells resvg's allocator to keep its pages before any worker loads it, keeping the user's own setting", async () => {
    const saved = { purge: process.env.MIMALLOC_PURGE_DELAY, large: process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES };
    delete process.env.MIMALLOC_PURGE_DELAY;
    process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES = '0';
    try {
      const pool = createBookPool(1);
      expect(process.env.MIMALLOC_PURGE_DELAY).toBe('-1');
      expect(process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES).toBe('0');
      await pool.destroy();
    } finally {
      for (const [name, value] of [['MIMALLOC_PURGE_DELAY', saved.purge], ['MIMALLOC_ALLOW_LARGE_OS_PAGES', saved.large]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
