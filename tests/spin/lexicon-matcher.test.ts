import { describe, expect, it } from 'vitest';
import { lexiconMatcher } from '../../pipeline/spin/lexicon-matcher.ts';
import type { SpinPair } from '../../pipeline/spin/lexicon.ts';

const quarry: SpinPair[] = [{ spun: 'quarry man', original: 'quarryman', kind: 'unambiguous', attested: 'user' }];

describe('lexiconMatcher', () => {
  it('builds the built-in matcher once per process', () => {
    expect(lexiconMatcher()).toBe(lexiconMatcher([]));
    expect(lexiconMatcher()('not too long ago').map((match) => match.text)).toEqual(['not too long ago']);
  });

  it('reuses a matcher for the same user pairs, even as a fresh copy, and keeps user pairs apart', () => {
    const withQuarry = lexiconMatcher(quarry);
    expect(lexiconMatcher(structuredClone(quarry))).toBe(withQuarry);
    expect(withQuarry('the quarry man').map((match) => match.pairs[0]!.original)).toEqual(['quarryman']);
    expect(lexiconMatcher()('the quarry man')).toEqual([]);
    const other = lexiconMatcher([{ ...quarry[0]!, original: 'quarry worker' }]);
    expect(other).not.toBe(withQuarry);
    expect(other('the quarry man').map((match) => match.pairs[0]!.original)).toEqual(['quarry worker']);
  });
});
