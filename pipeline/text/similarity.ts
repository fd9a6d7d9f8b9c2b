// How alike two passages are, word by word and in order. Spinners replace words in place, so a
// reworded copy keeps the original's word order; two different paragraphs that share vocabulary
// do not line up that way. The measure is 2·LCS / (|a| + |b|) over words (1 = identical).
import { wordsOf } from './words.ts';

export function sequenceSimilarity(a: string, b: string): number {
  return wordSequenceSimilarity(wordsOf(a), wordsOf(b));
}

/** The same measure over words already split (see text/words.ts). */
export function wordSequenceSimilarity(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  return (2 * longestCommonSubsequence(left, right)) / (left.length + right.length);
}

// Bits per word of the bit vectors: 30, so a word plus a carry stays a small integer in JavaScript.
const bits = 30;
const full = (1 << bits) - 1;

/**
 * Length of the longest common subsequence of two token lists, by the bit-parallel algorithm of
 * Allison and Dix (1986; Hyyrö 2004): one pass over `left` with a bit vector over `right`, so
 * O(|left|·|right|/30) steps instead of the table's O(|left|·|right|). Neighbouring paragraphs are
 * compared all through a book, which made the table the slowest part of a long seed's cleanup.
 */
export function longestCommonSubsequence(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const size = Math.ceil(right.length / bits);
  // For each token of `right`, the positions where it occurs.
  const matches = new Map<string, Uint32Array>();
  right.forEach((token, position) => {
    let mask = matches.get(token);
    if (!mask) matches.set(token, (mask = new Uint32Array(size)));
    mask[Math.floor(position / bits)]! |= 1 << position % bits;
  });
  // A zero bit in `row` marks a position of `right` used by the common subsequence so far.
  const row = new Uint32Array(size).fill(full);
  for (const token of left) {
    const mask = matches.get(token);
    if (!mask) continue;
    let carry = 0;
    for (let word = 0; word < size; word += 1) {
      const value = row[word]!;
      const matched = value & mask[word]!;
      const sum = value + matched + carry;
      carry = sum > full ? 1 : 0;
      row[word] = ((sum & full) | (value & ~mask[word]!)) & full;
    }
  }
  let unused = 0;
  for (let position = 0; position < right.length; position += 1) unused += (row[Math.floor(position / bits)]! >>> position % bits) & 1;
  return right.length - unused;
}
