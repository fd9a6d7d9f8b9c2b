import { describe, expect, it } from 'vitest';
import { agreeArticle } from '../../pipeline/spin/indefinite-article.ts';

const edit = (text: string, spun: string, replacement: string) => {
  const start = text.indexOf(spun);
  const result = agreeArticle(text, { start, end: start + spun.length, replacement, actual: spun });
  return text.slice(0, result.start) + result.replacement + text.slice(result.end);
};

describe('agreeArticle', () => {
  it('changes the article when the repaired word starts with the other sound', () => {
    expect(edit('An area probe launched.', 'area probe', 'space probe')).toBe('A space probe launched.');
    expect(edit('It was a huge error.', 'huge', 'enormous')).toBe('It was an enormous error.');
    expect(edit('a big hour', 'big', 'hour-long')).toBe('an hour-long hour');
  });

  it('leaves an article that already fits, or that did not fit the spun word either', () => {
    expect(edit('a large house', 'large', 'big')).toBe('a big house');
    expect(edit('an unique house', 'unique', 'rare')).toBe('an rare house');
    expect(edit('Lena ate.', 'ate', 'eaten')).toBe('Lena eaten.');
  });
});
