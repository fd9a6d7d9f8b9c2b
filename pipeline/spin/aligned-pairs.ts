// Near-duplicate paragraphs: a caption printed once as written and once spun shows the spinner's
// substitutions side by side. Aligning their words gives spun → original pairs learned from the
// document itself.
import { diffArrays } from 'diff';
import type { PhraseMatcher } from './phrase-matcher.ts';
import { overlapsAny } from '../text/quotations.ts';
import { longestCommonSubsequence } from '../text/similarity.ts';
import type { TextBlock } from './text-blocks.ts';

export interface Substitution {
  /** Offsets of the spun words in the spun block. */
  start: number;
  end: number;
  spun: string;
  original: string;
  /** The lexicon pairs this substitution confirms (spun → original, as in the lexicon). */
  confirms: Array<{ spun: string; original: string }>;
}

export interface AlignedPair {
  original: TextBlock;
  spun: TextBlock;
  similarity: number;
  substitutions: Substitution[];
  /** The words both copies share, in order: the spinner saw these and left them as they were. */
  kept: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Words and single punctuation marks, so "Russia.Credit" aligns as "Russia" "." "Credit".
function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((found) => ({
    text: found[0],
    start: found.index,
    end: found.index + found[0].length,
  }));
}

const textOf = (token: Token) => token.text;
const isWord = (token: Token) => /^[\p{L}\p{N}]/u.test(token.text);

// Spinners keep the sentence and swap words, so a spun copy shares at least half its tokens.
const minimumSimilarity = 0.5;
// Duplicated captions sit next to each other (or one paragraph apart); comparing nearby blocks keeps this linear.
const window = 3;
// A substitution longer than this is a rewrite, not a synonym swap.
const maximumWords = 6;

export function findAlignedPairs(blocks: readonly TextBlock[], matchPhrases: PhraseMatcher): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  // Only the blocks inside the window are kept tokenised: a book's tokens would fill the memory.
  const tokens = new Map<number, Token[]>();
  const tokensOf = (index: number): Token[] => {
    let found = tokens.get(index);
    if (!found) tokens.set(index, (found = tokenize(blocks[index]!.value)));
    return found;
  };
  for (let i = 0; i < blocks.length; i += 1) {
    tokens.delete(i - 1);
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + window); j += 1) {
      const pair = alignBlocks(blocks[i]!, tokensOf(i), blocks[j]!, tokensOf(j), matchPhrases);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

function alignBlocks(first: TextBlock, firstTokens: Token[], second: TextBlock, secondTokens: Token[], matchPhrases: PhraseMatcher): AlignedPair | undefined {
  const total = firstTokens.length + secondTokens.length;
  if (firstTokens.length < 4 || secondTokens.length < 4) return undefined;
  const lengthRatio = Math.min(firstTokens.length, secondTokens.length) / Math.max(firstTokens.length, secondTokens.length);
  if (lengthRatio < minimumSimilarity) return undefined;
  // The similarity comes from the fast LCS length (a shortest diff keeps exactly that many tokens);
  // the diff itself, much slower on unrelated paragraphs, is only made for the few similar pairs.
  const common = longestCommonSubsequence(firstTokens.map(textOf), secondTokens.map(textOf));
  const similarity = (2 * common) / total;
  if (similarity < minimumSimilarity || similarity === 1) return undefined;
  const changes = diffArrays(firstTokens, secondTokens, { comparator: (a, b) => a.text === b.text });
  const kept = changes.filter((change) => !change.added && !change.removed).map((change) => change.value.map((token) => token.text).join(' ')).join('\n');

  // Each run of removed tokens followed by added ones is a substitution; which side is spun is decided by the lexicon.
  const swaps: Array<{ a: Token[]; b: Token[] }> = [];
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      swaps.push({ a: change.value, b: next.value });
      index += 1;
    }
  }
  const firstIsOriginal = describeSwaps(swaps, first, second, 'b', matchPhrases);
  const secondIsOriginal = describeSwaps(swaps, second, first, 'a', matchPhrases);
  // Swaps the lexicon knows vote for a side; a copy with unambiguous spinner phrases of its own
  // ("Credit score:") is spun, and that weighs more than one ambiguous word ("landing") read backwards.
  const votesForSecondSpun = firstIsOriginal.reduce((sum, swap) => sum + swap.confirms.length, 0) + 2 * countUnambiguous(second, matchPhrases);
  const votesForFirstSpun = secondIsOriginal.reduce((sum, swap) => sum + swap.confirms.length, 0) + 2 * countUnambiguous(first, matchPhrases);
  if (votesForSecondSpun === votesForFirstSpun) return undefined;
  return votesForSecondSpun > votesForFirstSpun
    ? { original: first, spun: second, similarity, substitutions: firstIsOriginal, kept }
    : { original: second, spun: first, similarity, substitutions: secondIsOriginal, kept };
}

// Reads the swaps as "spunSide was spun from the other side" and keeps the ones that look like synonym swaps.
function describeSwaps(
  swaps: Array<{ a: Token[]; b: Token[] }>,
  original: TextBlock,
  spun: TextBlock,
  spunSide: 'a' | 'b',
  matchPhrases: PhraseMatcher,
): Substitution[] {
  const substitutions: Substitution[] = [];
  for (const swap of swaps) {
    const spunTokens = spunSide === 'b' ? swap.b : swap.a;
    const originalTokens = spunSide === 'b' ? swap.a : swap.b;
    if (spunTokens.length > maximumWords || originalTokens.length > maximumWords) continue;
    if (!spunTokens.every(isWord) || !originalTokens.every(isWord)) continue;
    const start = spunTokens[0]!.start;
    const end = spunTokens[spunTokens.length - 1]!.end;
    if (overlapsAny(spun.quotations, start, end)) continue;
    const spunText = spun.value.slice(start, end);
    const originalText = original.value.slice(originalTokens[0]!.start, originalTokens[originalTokens.length - 1]!.end);
    const confirms = matchPhrases(spunText)
      .flatMap((found) => found.pairs)
      .filter((pair) => pair.kind !== 'keep' && containsPhrase(originalText, pair.original))
      .map((pair) => ({ spun: pair.spun, original: pair.original }));
    substitutions.push({ start, end, spun: spunText, original: originalText, confirms });
  }
  return substitutions;
}

function countUnambiguous(block: TextBlock, matchPhrases: PhraseMatcher): number {
  return matchPhrases(block.value).filter((found) => found.pairs.some((pair) => pair.kind === 'unambiguous') && !overlapsAny(block.quotations, found.start, found.end)).length;
}

/** True when `phrase` occurs in `text` as whole words, ignoring case. */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
