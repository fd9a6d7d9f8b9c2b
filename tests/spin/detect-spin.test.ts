// Detection on its own: many swapped-looking words are a sign of spin only when they outnumber the
// everyday originals a spinner would have replaced, and long quotations do not dilute the signs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../pipeline/parse.ts';
import { analyseSpin } from '../../pipeline/spin/detect-spin.ts';
import { lexiconMatcher } from '../../pipeline/spin/lexicon-matcher.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/repair-spin/${name}/input.txt`, import.meta.url), 'utf8');
const analyse = (text: string) => analyseSpin(parsePlainText(text).tree, lexiconMatcher(), { minimumPhrases: 3, consistentUse: true }).evidence;

describe('analyseSpin', () => {
  it('does not take clean prose full of words spinners also write for spun, when it uses their originals too', () => {
    const evidence = analyse(fixture('swapped-share-clean'));
    expect(evidence.ambiguousWords).toBeGreaterThanOrEqual(6);
    expect(evidence.spun).toBe(false);
  });

  it('counts words outside quotations only, so long quotations do not hide a spun narrative', () => {
    const text = fixture('long-quotations-spun');
    const evidence = analyse(text);
    expect(evidence.words).toBeLessThan(text.split(/\s+/).length / 2 + 20);
    expect(evidence.phrases).toEqual([]);
    expect(evidence.spun).toBe(true);
  });

  it('leaves the same text unspun with the same long quotations', () => {
    expect(analyse(fixture('long-quotations-clean')).spun).toBe(false);
  });

  it('takes a document as strongly spun when its swapped words far outnumber their originals, however long it is', () => {
    const text = [
      'Harbour notes',
      'The ferry firm stated that the crossing had been delayed. Nevertheless, the harbour master additionally warned that the climate would worsen throughout the afternoon.',
      'Blue boats sat by grey stone walls. '.repeat(20).trim(),
      'Passengers had been instructed to wait within the terminal, and a number of households selected to remain on board.',
    ].join('\n\n');
    const evidence = analyse(text);
    // Under 10 different signs and under 5 per 100 words: only the share of swapped words marks it.
    expect(evidence.ambiguousWords).toBeLessThan(10);
    expect(evidence.strong).toBe(true);
  });
});
