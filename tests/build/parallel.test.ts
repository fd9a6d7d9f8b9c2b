import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../pipeline/build/build-all.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';
import { recordingReporter } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

describe('the worker pool', () => {
  it('builds a small seed while a long one is still rendering on another thread', async () => {
    const { root, seeds } = await seedFolder('parallel', {});
    const paragraph = 'A long paragraph about the harbour, the ferries and the winter timetable, written to fill pages. '.repeat(12);
    await writeFile(path.join(seeds, 'a-long-book.txt'), `A Long Book\n\n${Array.from({ length: 150 }, () => paragraph).join('\n\n')}\n`);
    await writeFile(path.join(seeds, 'b-short-note.txt'), 'A Short Note\n\nOne line.\n');
    const reporter = recordingReporter();
    const pool = createBookPool(2);
    try {
      const summary = await buildAll({ seedsDirs: [seeds], outDir: path.join(root, 'out'), buildDate: new Date(0), formats: ['pdf'], reporter, pool });
      expect(summary.built).toBe(2);
    } finally {
      await pool.destroy();
    }
    // Books are handed out in name order, so the long book started first; the short one still finished first.
    expect(reporter.done.map((result) => result.slug)).toEqual(['b-short-note', 'a-long-book']);
  }, 120_000);
});
