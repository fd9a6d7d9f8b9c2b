// Words as the cleanup rules count them: runs of letters and digits, lower-cased. Punctuation,
// quotation marks and apostrophes separate words, so typography never changes a word count.

const word = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(word) ?? [];
}

/** How many words, without making an array of them (a 20 MB book has millions). */
export function wordCount(text: string): number {
  let count = 0;
  for (const _ of text.toLowerCase().matchAll(word)) count += 1;
  return count;
}

/** The same words one at a time, for texts too long to hold as an array of words (a 20 MB book). */
export function* eachWord(text: string): Generator<string> {
  for (const [found] of text.toLowerCase().matchAll(word)) yield found;
}

/** Words of `before` that are missing from `after`, counted with multiplicity. */
export function wordsLost(before: string, after: string): number {
  const beforeWords = wordsOf(before);
  const afterWords = wordsOf(after);
  // Most fixes keep every word in place (quotes, spaces, joined lines): the words both start with
  // cancel out without a count of each word, and often that is all of them.
  let same = 0;
  while (same < beforeWords.length && same < afterWords.length && beforeWords[same] === afterWords[same]) same += 1;
  if (same === beforeWords.length) return 0;
  const left = new Map<string, number>();
  for (let index = same; index < afterWords.length; index += 1) left.set(afterWords[index]!, (left.get(afterWords[index]!) ?? 0) + 1);
  let lost = 0;
  for (let index = same; index < beforeWords.length; index += 1) {
    const word = beforeWords[index]!;
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else lost += 1;
  }
  return lost;
}
