import { describe, expect, it } from 'vitest';
import { overlapsAny, quotationRanges } from '../../pipeline/text/quotations.ts';

const quoted = (text: string) => quotationRanges(text).map(([start, end]) => text.slice(start, end));

describe('quotationRanges', () => {
  it('finds curly, low-high, guillemet and straight quotations', () => {
    expect(quoted('He said “yes, soon,” and left. She wrote „gut“ and «oui» and "fine".')).toEqual([
      '“yes, soon,”',
      '„gut“',
      '«oui»',
      '"fine"',
    ]);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    expect(quoted('“Many of them know it already. As soon as they leave')).toEqual(['“Many of them know it already. As soon as they leave']);
  });

  it('does not take apostrophes or inch marks for quotations', () => {
    expect(quoted('The ’90s were Kyiv’s and the board was 12" wide.')).toEqual([]);
  });

  it('tells whether a span touches a quotation', () => {
    const text = 'Before “inside” after';
    const ranges = quotationRanges(text);
    expect(overlapsAny(ranges, 0, 6)).toBe(false);
    expect(overlapsAny(ranges, 8, 14)).toBe(true);
    expect(overlapsAny(ranges, 16, 21)).toBe(false);
  });
});
