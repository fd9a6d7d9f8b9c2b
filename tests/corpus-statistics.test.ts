// The build's first pass: what recurs at the edges of a folder's seeds, and seeds scraped twice.
import { describe, expect, it } from 'vitest';
import { gatherCorpusStatistics } from '../pipeline/corpus-statistics.ts';
import { parsePlainText } from '../pipeline/parse.ts';

const signOff = 'This story was syndicated by the Coastal Wire.';
const article = (title: string, body: string, trailer = signOff) => parsePlainText(`${title}\n\n${body}\n\nThe body goes on about ${title.toLowerCase()}.\n\n${trailer}\n`).tree;

describe('gatherCorpusStatistics', () => {
  it('learns a paragraph that ends three seeds, but not one that ends two', () => {
    const statistics = gatherCorpusStatistics([
      { path: 'a.txt', tree: article('Tides', 'High water on Friday.') },
      { path: 'b.txt', tree: article('Boats', 'Moorings are full.') },
      { path: 'c.txt', tree: article('Fish', 'Prices rose at the market.', 'Corrections: write to the desk.') },
      { path: 'd.txt', tree: article('Gulls', 'The gulls are back.', 'Corrections: write to the desk.') },
      { path: 'e.txt', tree: article('Nets', 'Nets were mended.') },
    ]);
    expect(statistics.edgeBoilerplate).toEqual([{ text: 'this story was syndicated by the coastal wire', seeds: 3 }]);
  });

  it('never learns a seed’s title, even when titles repeat', () => {
    const trees = ['a', 'b', 'c'].map((name) => ({ path: `${name}.txt`, tree: parsePlainText(`Weekly Notes\n\nText of ${name} here.\n`).tree }));
    expect(gatherCorpusStatistics(trees).edgeBoilerplate).toEqual([]);
  });

  it('finds a seed that nearly duplicates another, and not a different article', () => {
    const body = 'The harbour master said on Friday that the spring tide would reach the quay wall by noon and that all boats should be moored well before then, as the wind was expected to rise through the afternoon.';
    const statistics = gatherCorpusStatistics([
      { path: 'first.txt', tree: article('Tides', body) },
      { path: 'again.txt', tree: article('Tides', `${body} Updated at noon.`) },
      { path: 'other.txt', tree: article('Fish', 'Fish prices rose sharply at the Thursday market as the boats stayed in port for a third day because of the storm warnings issued on Monday.') },
    ]);
    expect(Object.keys(statistics.nearDuplicates).sort()).toEqual(['again.txt', 'first.txt']);
    expect(statistics.nearDuplicates['first.txt']!.of).toBe('again.txt');
    expect(statistics.nearDuplicates['first.txt']!.similarity).toBeGreaterThan(0.5);
  });
});
