// How alike two passages are, word by word and in order. Spinners replace words in place, so a
// reworded copy keeps the original's word order; two different paragraphs that share vocabulary
// do not line up that way. The measure is 2·LCS / (|a| + |b|) over words (1 = identical).
import { wordsOf } from './words.ts';

export function sequenceSimilarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 && right.length === 0) return 1;
  return (2 * longestCommonSubsequence(left, right)) / (left.length + right.length);
}

function longestCommonSubsequence(left: readonly string[], right: readonly string[]): number {
  // One row of the classic table is enough; paragraphs are short, so O(n·m) time is fine.
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const word of left) {
    const current = [0];
    for (let j = 0; j < right.length; j += 1) {
      current.push(word === right[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    }
    previous = current;
  }
  return previous[right.length]!;
}
