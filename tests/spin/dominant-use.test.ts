import { describe, expect, it } from 'vitest';
import { countPhrase, findDominantUse } from '../../pipeline/spin/dominant-use.ts';
import { parseLexicon } from '../../pipeline/spin/lexicon.ts';
import { createPhraseMatcher } from '../../pipeline/spin/phrase-matcher.ts';
import { collectTextBlocks } from '../../pipeline/spin/text-blocks.ts';
import { parsePlainText } from '../../pipeline/parse.ts';

const lexicon = parseLexicon(['stated\tsaid\tambiguous\tt', 'whether or not\twhether\tambiguous\tt', 'house\tspace\tcommon\tt'].join('\n'), 'test.tsv');
const matchPhrases = createPhraseMatcher(lexicon);

function dominant(text: string, kept = '') {
  const blocks = collectTextBlocks(parsePlainText(text).tree);
  const occurrences = blocks.flatMap((block) => matchPhrases(block.value).map((match) => ({ block, match })));
  const quoted = blocks.flatMap((block) => block.quotations.map(([start, end]) => block.value.slice(start, end))).join('\n');
  return findDominantUse(occurrences, blocks, quoted, kept).map(({ pair, spunCount, originalCount }) => [pair.spun, spunCount, originalCount]);
}

describe('findDominantUse', () => {
  it('finds ambiguous spun forms used more often than their originals outside quotations', () => {
    expect(dominant('He stated it. She stated it too. They said so.')).toEqual([['stated', 2, 1]]);
    expect(dominant('He stated it. They said so.')).toEqual([]);
  });

  it('ignores common words, spun forms used inside quotations, and words a near-duplicate copy kept', () => {
    expect(dominant('The house stood. The house fell.')).toEqual([]);
    expect(dominant('He stated it. “I stated it,” he said.')).toEqual([]);
    expect(dominant('He stated it.', 'he stated it')).toEqual([]);
  });

  it('does not count an original inside a longer spun phrase, its own included', () => {
    expect(countPhrase('whether or not it rains', 'whether')).toBe(1);
    expect(dominant('Ask whether or not it rains.')).toEqual([['whether or not', 1, 0]]);
    expect(dominant('Ask whether or not it rains, and whether it snows.')).toEqual([]);
  });
});
