import { describe, expect, it } from 'vitest';
import { parseLexicon, LexiconError, builtInLexicon } from '../../pipeline/spin/lexicon.ts';
import { createPhraseMatcher, startsSentence } from '../../pipeline/spin/phrase-matcher.ts';

const lexicon = parseLexicon(
  ['# comment', 'spun\toriginal\tkind\tattested', 'not too long ago\trecently\tunambiguous\ttest', 'navy\tmilitary\tambiguous\ttest', 'Credit score:\tCredit:\tunambiguous\ttest', "1000's\tthousands\tunambiguous\ttest", 'first and foremost\tfirst and foremost\tkeep\ttest', 'foremost\tmain\tunambiguous\ttest'].join('\n'),
  'test.tsv',
);
const matchPhrases = createPhraseMatcher(lexicon);
const found = (text: string) => matchPhrases(text).map((match) => [match.text, match.capitalised]);

describe('parseLexicon', () => {
  it('reads pairs and skips comments and the header', () => {
    expect(lexicon).toHaveLength(6);
    expect(lexicon[0]).toEqual({ spun: 'not too long ago', original: 'recently', kind: 'unambiguous', attested: 'test' });
  });

  it('names the file and the line of a bad row', () => {
    expect(() => parseLexicon('navy\tmilitary\tmaybe\tnote', 'mine.tsv')).toThrow(LexiconError);
    expect(() => parseLexicon('\n\nnavy\tmilitary\tmaybe\tnote', 'mine.tsv')).toThrow(/mine\.tsv: line 3/);
    expect(() => parseLexicon('navy', 'mine.tsv')).toThrow(/line 1 does not have/);
  });

  it('ships a lexicon of at least 300 pairs, each with a note on where it is attested', () => {
    const pairs = builtInLexicon().filter((pair) => pair.kind !== 'keep');
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((pair) => pair.attested === '')).toEqual([]);
    expect(new Set(pairs.map((pair) => pair.kind))).toEqual(new Set(['unambiguous', 'likely', 'ambiguous', 'common']));
  });
});

describe('createPhraseMatcher', () => {
  it('matches whole words and phrases across line breaks, with either apostrophe', () => {
    expect(found('It was not too\nlong ago that 1000’s and 1000\'s came.')).toEqual([
      ['not too\nlong ago', false],
      ['1000’s', false],
      ["1000's", false],
    ]);
    expect(found('The navy-blue coat and the navyish hat')).toEqual([]);
  });

  it('keeps the case of entries with capitals and allows a capital first letter for lower-case ones', () => {
    expect(found('Credit score:AP')).toEqual([['Credit score:', false]]);
    expect(found('credit score: 700')).toEqual([]);
    expect(found('Navy ships. NAVY ships.')).toEqual([['Navy', true]]);
  });

  it('prefers the longest phrase, so keep-phrases shield genuine uses', () => {
    expect(matchPhrases('first and foremost, the foremost ship').map((match) => match.pairs[0]!.kind)).toEqual(['keep', 'unambiguous']);
  });
});

describe('startsSentence', () => {
  it('is true at the start and after a full stop, also past quotes; false mid-sentence', () => {
    expect(startsSentence('Navy', 0)).toBe(true);
    expect(startsSentence('He left. “Navy', 10)).toBe(true);
    expect(startsSentence('the Royal Navy', 10)).toBe(false);
  });
});

describe('[Name] entries', () => {
  const matcher = createPhraseMatcher(parseLexicon('[Name] Put up\tPost\tunambiguous\ttest', 'test.tsv'));
  it('match only after a capitalised word', () => {
    expect(matcher('The Harbour Put up. Put up the tent.').map((match) => match.text)).toEqual(['Put up']);
  });
});

describe('entries differing only in case', () => {
  const matcher = createPhraseMatcher(parseLexicon('put up\tpost\tambiguous\ttest\n[Name] Put up\tPost\tunambiguous\ttest', 'test.tsv'));
  it('prefer the entry whose case matches exactly', () => {
    expect(matcher('The Harbour Put up').map((match) => [match.pairs[0]!.original, match.capitalised])).toEqual([['Post', false]]);
  });
});

describe('[Number] entries', () => {
  const matcher = createPhraseMatcher(parseLexicon('[Number] a long time\tdecades\tunambiguous\ttest', 'test.tsv'));
  it('match only after a count, which stays as it is', () => {
    expect(matcher('three a long time, 4 a long time, waited a long time').map((match) => match.text)).toEqual(['a long time', 'a long time']);
  });
});

describe('context entries', () => {
  const contextual = createPhraseMatcher(
    parseLexicon(['stated\tsaid\tambiguous\ttest', '[Name] stated\tsaid\tlikely\ttest', '[Pronoun] stated\tsaid\tlikely\ttest', '[Quote] stated\tsaid\tlikely\ttest'].join('\n'), 'test.tsv'),
  );
  const kinds = (text: string) => contextual(text).map((match) => match.pairs[0]!.kind);

  it('prefer a matching context over the bare word', () => {
    expect(kinds('Mayor Okafor stated it')).toEqual(['likely']);
    expect(kinds('then she stated it')).toEqual(['likely']);
    expect(kinds('“We are ready,” stated the mayor')).toEqual(['likely']);
  });

  it('fall back to the bare word where the context is missing', () => {
    // A determiner at the start of a sentence is no name; "the stated aim" has no pronoun or quotation before it.
    expect(kinds('The stated aim was clear')).toEqual(['ambiguous']);
    expect(kinds('as the report stated before')).toEqual(['ambiguous']);
  });
});
