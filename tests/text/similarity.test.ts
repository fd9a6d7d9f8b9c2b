// The measure behind collapse-duplicate-paragraphs, and the boundary its default threshold draws.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import fc from 'fast-check';
import { longestCommonSubsequence, sequenceSimilarity } from '../../pipeline/text/similarity.ts';
import { parsePlainText } from '../../pipeline/parse.ts';
import collapseDuplicateParagraphs from '../../pipeline/transforms/collapse-duplicate-paragraphs.ts';

// Pairs written for this test: a sentence and a spun copy of it (words swapped for synonyms in
// place), and pairs of different sentences about the same thing.
const spunPairs: Array<[string, string]> = [
  ['A fisherman mends his nets on the quay at sunrise before the boats go out.', 'A fisherman repairs his nets on the quay at dawn earlier than the boats go out.'],
  ['An empty waiting room at the north pier, where crossings stopped on Sunday.', 'An empty ready room on the north wharf, the place crossings stopped on Sunday.'],
];
const differentPairs: Array<[string, string]> = [
  ['The harbour wall was built in 1890 to protect the fishing fleet from winter storms.', 'The fishing fleet left the harbour in 1990 after the winter storms closed the cannery.'],
  ['The council met on Tuesday to discuss the wall and the storms of the winter.', 'The harbour wall was built in 1890 to protect the fishing fleet from winter storms.'],
];

describe('sequenceSimilarity', () => {
  it('is 1 for the same words, whatever the punctuation and case', () => {
    expect(sequenceSimilarity('The ferry, late again.', 'the ferry late again')).toBe(1);
  });

  it.each(spunPairs)('scores a spun copy at or above 0.5: %s', (a, b) => {
    expect(sequenceSimilarity(a, b)).toBeGreaterThanOrEqual(0.5);
  });

  it.each(differentPairs)('scores different sentences sharing words below 0.5: %s', (a, b) => {
    expect(sequenceSimilarity(a, b)).toBeLessThan(0.5);
  });

  it('counts order, not just shared words', () => {
    expect(sequenceSimilarity('storms fleet harbour winter wall', 'wall winter harbour fleet storms')).toBeLessThan(0.5);
  });
});

describe('collapse-duplicate-paragraphs at its threshold', () => {
  async function run(a: string, b: string, threshold?: number): Promise<number> {
    const { tree } = parsePlainText(`Title\n\n${a}\n\n${b}\n`);
    const processor = unified().use(collapseDuplicateParagraphs, threshold === undefined ? {} : { threshold });
    const cleaned = (await processor.run(tree, new VFile())) as Root;
    return cleaned.children.length - 1;
  }

  it('collapses a pair just above the threshold and keeps one just below it', async () => {
    const [a, b] = spunPairs[1]!;
    const similarity = sequenceSimilarity(a, b);
    expect(await run(a, b, similarity)).toBe(1);
    expect(await run(a, b, similarity + 0.01)).toBe(2);
  });

  it('keeps far-apart near copies (only neighbours are compared) but not far-apart exact copies', async () => {
    const [a, b] = spunPairs[0]!;
    const filler = ['One more paragraph about the tides and the moon.', 'Another about the lighthouse keeper and his dog.', 'A third about the price of fish at the market.'];
    const { tree } = parsePlainText(['Title', a, ...filler, b, a].join('\n\n'));
    const cleaned = (await unified().use(collapseDuplicateParagraphs).run(tree, new VFile())) as Root;
    expect(cleaned.children.slice(1).map((node) => toString(node))).toEqual([a, ...filler, b]);
  });
});

// The bit-parallel LCS against the textbook table, on token lists long enough to span several
// 30-bit words and with small alphabets (many matches) as well as large ones.
describe('longestCommonSubsequence', () => {
  function byTable(left: readonly string[], right: readonly string[]): number {
    const table = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
    for (let i = 1; i <= left.length; i += 1) {
      for (let j = 1; j <= right.length; j += 1) {
        table[i]![j] = left[i - 1] === right[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
      }
    }
    return table[left.length]![right.length]!;
  }

  it('gives the same length as the table', () => {
    const tokens = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }).map((n) => `w${n}`), { maxLength: 140 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).chain((alphabet) => fc.tuple(tokens(alphabet), tokens(alphabet))), ([left, right]) => {
        expect(longestCommonSubsequence(left, right)).toBe(byTable(left, right));
      }),
      { numRuns: 500 },
    );
  });
});
