// The folder's first pass keeps a summary per seed, not its tree: the edge paragraphs' keys and one
// 32-bit hash per distinct word 5-gram, so a 2 MB seed costs a few hundred kilobytes.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../pipeline/parse.ts';
import { gatherCorpusStatistics, statisticsOf, summarizeSeed } from '../../pipeline/corpus-statistics.ts';
import { wordsOf } from '../../pipeline/text/words.ts';
import { longText } from '../helpers/long-text.ts';

describe('folder statistics of a 2 MB seed', () => {
  it('keep one hash per distinct 5-gram and the edge keys, nothing of the tree', () => {
    const text = longText({ size: 2_000_000 });
    const summary = summarizeSeed({ path: 'long.txt', tree: parsePlainText(text).tree });
    const words = wordsOf(text);
    const distinct = new Set(words.slice(4).map((_, index) => words.slice(index, index + 5).join(' ')));
    expect(Object.keys(summary).sort()).toEqual(['edges', 'path', 'shingles']);
    expect(summary.shingles).toBeInstanceOf(Uint32Array);
    // Hash collisions among a few hundred thousand 5-grams: a handful at most.
    expect(summary.shingles.length).toBeLessThanOrEqual(distinct.size);
    expect(summary.shingles.length).toBeGreaterThan(distinct.size - 20);
    expect(summary.edges.length).toBeLessThanOrEqual(12);
  });

  it('find a near copy of a long seed from the summaries alone', () => {
    const first = longText({ size: 300_000, seed: 3 });
    const copy = first.replace(/ferryman/g, 'boatman');
    const other = longText({ size: 300_000, seed: 4 });
    const seeds = [
      { path: 'first.txt', tree: parsePlainText(first).tree },
      { path: 'copy.txt', tree: parsePlainText(copy).tree },
      { path: 'other.txt', tree: parsePlainText(other).tree },
    ];
    const statistics = statisticsOf(seeds.map((seed) => summarizeSeed(seed)));
    expect(Object.keys(statistics.nearDuplicates).sort()).toEqual(['copy.txt', 'first.txt']);
    expect(statistics).toEqual(gatherCorpusStatistics(seeds));
  });
});
