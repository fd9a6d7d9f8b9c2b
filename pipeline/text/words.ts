// Words as the cleanup rules count them: runs of letters and digits, lower-cased. Punctuation,
// quotation marks and apostrophes separate words, so typography never changes a word count.

const word = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(word) ?? [];
}

/** The same words one at a time, for texts too long to hold as an array of words (a 20 MB book). */
export function* eachWord(text: string): Generator<string> {
  for (const [found] of text.toLowerCase().matchAll(word)) yield found;
}

/** Words of `before` that are missing from `after`, counted with multiplicity. */
export function wordsLost(before: string, after: string): number {
  const left = new Map<string, number>();
  for (const word of wordsOf(after)) left.set(word, (left.get(word) ?? 0) + 1);
  let lost = 0;
  for (const word of wordsOf(before)) {
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else lost += 1;
  }
  return lost;
}
