import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../pipeline/build/shard.ts';
import { inProcessBuilder } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

const build = inProcessBuilder();

describe('--shard i/n', () => {
  it('parses 1-based shares and rejects nonsense', () => {
    expect(parseShard('1/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard('4/4')).toEqual({ index: 3, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '2']) expect(() => parseShard(bad)).toThrow('--shard must be i/n');
  });

  it('puts every slug in exactly one share, and shares are roughly even', () => {
    const slugs = Array.from({ length: 2000 }, (_, index) => `article-${index}`);
    const counts = [0, 1, 2, 3].map((index) => slugs.filter((slug) => inShard(slug, { index, count: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(2000);
    for (const count of counts) expect(count).toBeGreaterThan(400);
    for (const slug of slugs.slice(0, 50)) expect([0, 1, 2, 3].filter((index) => inShard(slug, { index, count: 4 }))).toHaveLength(1);
  });

  it('three shards writing into one folder make the same set of books as one build, and never remove each other\'s', async () => {
    const { root, seeds } = await seedFolder('shard', {});
    for (let index = 0; index < 7; index += 1) await writeFile(path.join(seeds, `piece-${index}.txt`), `Piece ${index}\n\nText of piece ${index}.\n`);
    const shared = path.join(root, 'shared-out');
    const built: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const summary = await build({ seedsDirs: [seeds], outDir: shared, formats: ['markdown'], shard: { index, count: 3 } });
      built.push(...summary.results.map((result) => result.slug));
      expect(summary.removed).toEqual([]);
    }
    expect(built.sort()).toEqual(Array.from({ length: 7 }, (_, index) => `piece-${index}`));
    expect((await readdir(shared)).filter((name) => name.endsWith('.md') && !name.endsWith('.report.md'))).toHaveLength(7);
    // One cache record a book (the folder pass keeps its own cache files beside them).
    expect((await readdir(path.join(shared, '.books'))).filter((name) => name.endsWith('.json'))).toHaveLength(7);
  });

  it('shares run at the same time into one folder: each holds a lock of its own, and leaves none behind', async () => {
    const { root, seeds } = await seedFolder('shard-concurrent', {});
    for (let index = 0; index < 4; index += 1) await writeFile(path.join(seeds, `piece-${index}.txt`), `Piece ${index}\n\nText of piece ${index}.\n`);
    const shared = path.join(root, 'shared-out');
    const summaries = await Promise.all([0, 1].map((index) => build({ seedsDirs: [seeds], outDir: shared, formats: ['markdown'], shard: { index, count: 2 } })));
    expect(summaries.flatMap((summary) => summary.results.map((result) => result.status))).toEqual(['built', 'built', 'built', 'built']);
    expect((await readdir(shared)).filter((name) => name.endsWith('.lock'))).toEqual([]);
  });
});
