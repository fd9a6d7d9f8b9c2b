// The built-in lexicon stays tidy data: sorted by spun phrase, no pair twice, and no word the lexicon
// itself treats as an everyday original marked as unambiguous spinner output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInLexicon, parseLexicon } from '../../pipeline/spin/lexicon.ts';

const sortKey = (spun: string) => spun.toLowerCase().replace(/’/g, "'");

describe('data/spin-lexicon.tsv', () => {
  const pairs = builtInLexicon();

  it('is sorted by spun phrase, ignoring case', () => {
    const keys = pairs.map((pair) => sortKey(pair.spun));
    const unsorted = keys.filter((key, index) => index > 0 && key < keys[index - 1]!);
    expect(unsorted).toEqual([]);
  });

  it('holds each spun → original pair once', () => {
    const seen = new Set<string>();
    const twice = pairs.map((pair) => `${pair.spun}\t${pair.original}`).filter((key) => seen.has(key) || !seen.add(key));
    expect(twice).toEqual([]);
  });

  it('marks no everyday original word as unambiguous spinner output', () => {
    const originals = new Set(pairs.map((pair) => pair.original.toLowerCase()));
    const clashes = pairs.filter((pair) => pair.kind === 'unambiguous' && originals.has(pair.spun.toLowerCase()));
    expect(clashes).toEqual([]);
  });

  it('gives a spun form seen in real spinner output no guessed second original', () => {
    // A guess ("troopers" from soldiers) would take away the evidence for the attested pair (troops).
    const attested = new Set(pairs.filter((pair) => pair.attested === 'seed').map((pair) => pair.spun.toLowerCase()));
    expect(pairs.filter((pair) => pair.attested === 'frequent' && attested.has(pair.spun.toLowerCase()))).toEqual([]);
  });

  it('has at least 300 pairs, each with a note on where it is attested', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((pair) => pair.attested === '')).toEqual([]);
  });

  it('is read the same by the parser users get for their own files', () => {
    const text = readFileSync(new URL('../../data/spin-lexicon.tsv', import.meta.url), 'utf8');
    expect(parseLexicon(text, 'data/spin-lexicon.tsv')).toEqual(pairs);
  });
});
