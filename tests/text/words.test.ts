// wordsLost: the words a fix removed, counted with multiplicity, whatever their order; wordCount:
// what wordsOf finds, without the array (the cleanup summary of a 20 MB book).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordCount, wordsLost, wordsOf } from '../../pipeline/text/words.ts';

/** The plain definition: every word of `after` cancels one equal word of `before`. */
function lostByCounting(before: string, after: string): number {
  const left = [...wordsOf(after)];
  let lost = 0;
  for (const word of wordsOf(before)) {
    const at = left.indexOf(word);
    if (at === -1) lost += 1;
    else left.splice(at, 1);
  }
  return lost;
}

describe('wordsLost', () => {
  it('counts no loss when only punctuation and case change', () => {
    expect(wordsLost('"Late again," she said -- "again!"', '“late again,” she said — “Again!”')).toBe(0);
  });

  it('counts removed and repeated words', () => {
    expect(wordsLost('the ferry the ferry was late', 'the ferry was late')).toBe(2);
    expect(wordsLost('Read more: the ferry was late', 'the ferry was late')).toBe(2);
    expect(wordsLost('the ferry was late', '')).toBe(4);
  });

  it('counts a reordered or reworded text like the plain definition', () => {
    const words = fc.constantFrom('the', 'ferry', 'late', 'Late', 'was', 'again', '1990', 'été');
    const text = fc.array(fc.oneof(words, fc.constantFrom(', ', '. ', '"', ' -- ')), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(text, text, (before, after) => wordsLost(before, after) === lostByCounting(before, after)));
    fc.assert(fc.property(text, text, text, (start, before, after) => wordsLost(start + ' ' + before, start + ' ' + after) === lostByCounting(before, after)));
  });
});

describe('wordCount', () => {
  it('counts the words wordsOf finds', () => {
    expect(wordCount('“It’s 9 o’clock,” said İlknur — twice.')).toBe(wordsOf('“It’s 9 o’clock,” said İlknur — twice.').length);
    expect(wordCount('')).toBe(0);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => wordCount(text) === wordsOf(text).length));
  });
});
