// Where the quotations are in a paragraph's text: spinners and cleanup rules must leave them alone.

/** Half-open [start, end) ranges of `text`, each covering a quotation including its marks. */
export type Range = readonly [start: number, end: number];

const pairs: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };

/**
 * Finds quotations opened by “ „ « or a straight " and closed by their partner. A quotation still
 * open at the end of the text runs to the end: news style opens each paragraph of a long quote
 * without closing the one before. Apostrophes and single quotes are not treated as quotation
 * marks (they are too often possessives or elisions to be told apart reliably).
 */
export function quotationRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text[index]!;
    const close = pairs[open];
    if (close === undefined || (open === '"' && !opensStraightQuote(text, index))) {
      index += 1;
      continue;
    }
    const end = text.indexOf(close, index + 1);
    const stop = end === -1 ? text.length : end + 1;
    ranges.push([index, stop]);
    index = stop;
  }
  return ranges;
}

// A straight quote opens a quotation at the start of the text or after a space or an opening bracket.
function opensStraightQuote(text: string, index: number): boolean {
  return index === 0 || /[\s([{—–-]/.test(text[index - 1]!);
}

/** True when [start, end) overlaps any of the ranges. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some(([from, to]) => start < to && end > from);
}
