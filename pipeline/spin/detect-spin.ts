// Detection: does this document show signs of an article spinner, and what does it itself say about
// which original words were swapped? Evidence comes from three places: known spinner phrases outside
// quotations, the document's own quotations (the spinner leaves them alone, so they keep the original
// vocabulary), and near-duplicate paragraphs that show the swaps side by side.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { overlapsAny } from '../text/quotations.ts';
import { findAlignedPairs, containsPhrase, type AlignedPair } from './aligned-pairs.ts';
import { findDominantUse, outsideQuotations, type DominantUse } from './dominant-use.ts';
import type { SpinPair } from './lexicon.ts';
import { startsSentence, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.ts';
import { collectTextBlocks, type TextBlock } from './text-blocks.ts';

export interface DetectOptions {
  /** Distinct unambiguous spinner phrases (outside quotations) that mark a document as spun. */
  minimumPhrases: number;
  /**
   * In a strongly spun document, also take an ambiguous pair as evidenced when the document uses its
   * spun form more often than its original outside quotations (and never inside them).
   */
  consistentUse: boolean;
}

export interface Occurrence {
  block: TextBlock;
  match: PhraseMatch;
}

export interface SpinEvidence {
  /** Distinct unambiguous phrases + ambiguous pairs the quotations confirm + substitutions the aligned pairs confirm. */
  score: number;
  /** Whether the document shows enough signs of spin to be repaired. */
  spun: boolean;
  /** Distinct unambiguous spinner phrases found outside quotations. */
  phrases: string[];
  /** How often unambiguous phrases occur outside quotations. */
  phraseOccurrences: number;
  /** Ambiguous pairs whose original the quotations use (and whose spun form they do not). */
  quoted: SpinPair[];
  /** Whether the signs of spin are strong enough to read the document's own word counts as evidence. */
  strong: boolean;
  /** Ambiguous pairs whose spun form outnumbers the original outside quotations (only in strongly spun documents). */
  consistent: DominantUse[];
  aligned: AlignedPair[];
  /** Ambiguous pairs an aligned pair shows (and whose spun form the quotations do not use). */
  alignedPairs: SpinPair[];
  /** Likely pairs found outside quotations whose spun form the document's quotations do not use. */
  likely: SpinPair[];
  words: number;
  /** Distinct ambiguous lexicon words found outside quotations. */
  ambiguousWords: number;
}

export interface SpinAnalysis {
  evidence: SpinEvidence;
  blocks: TextBlock[];
  /** Lexicon phrases outside quotations that may be repaired (names and keep-phrases already left out). */
  occurrences: Occurrence[];
  /** All quoted text of the document (quotations in paragraphs and block quotes). */
  quotedText: string;
}

// Long clean books can hold a few spinner-like phrases by chance ("one of many", "foremost"); spun
// text holds them densely. Below one per 2,000 words a document is not judged spun on phrases alone.
const minimumPhrasesPerThousandWords = 0.5;
// Spinners also swap everyday words ("stated", "additionally", "subsequent"): many different ones mark a
// document even without the tell-tale phrases.
const minimumAmbiguousWords = 6;
// Density alone stops telling as the lexicon grows to cover everyday words: clean prose uses some of
// them too. What it also uses is their originals ("said", "also", "people"), which a spinner replaces
// wherever it meets them. So the swapped words must also outnumber, by type, the lexicon's original words
// found outside quotations: on the development sets clean passages stay at or under 0.40 of the two,
// spun ones reach 0.57 or more.
const minimumSwappedShare = 0.5;

export function analyseSpin(tree: Root, matchPhrases: PhraseMatcher, options: DetectOptions): SpinAnalysis {
  const blocks = collectTextBlocks(tree);
  const quotedText = quotationsOf(tree, blocks);
  const occurrences: Occurrence[] = [];
  for (const block of blocks) {
    for (const match of matchPhrases(block.value)) {
      if (overlapsAny(block.quotations, match.start, match.end)) continue;
      if (match.pairs.some((pair) => pair.kind === 'keep')) continue;
      // A lower-case entry found capitalised mid-sentence is part of a name ("Royal Navy", "My Struggle").
      if (match.capitalised && !startsSentence(block.value, match.start)) continue;
      occurrences.push({ block, match });
    }
  }

  const unambiguous = occurrences.filter(({ match }) => match.pairs.some((pair) => pair.kind === 'unambiguous'));
  const phrases = [...new Set(unambiguous.map(({ match }) => match.pairs[0]!.spun))];
  const quoted = uniquePairs(occurrences.flatMap(({ match }) => match.pairs))
    .filter((pair) => pair.kind === 'ambiguous' && containsPhrase(quotedText, pair.original) && !containsPhrase(quotedText, pair.spun));
  const aligned = findAlignedPairs(blocks, matchPhrases);
  const shown = new Set(aligned.flatMap((pair) => pair.substitutions.flatMap((swap) => swap.confirms.map((confirmed) => `${confirmed.spun}\t${confirmed.original}`))));
  const alignedPairs = uniquePairs(occurrences.flatMap(({ match }) => match.pairs))
    .filter((pair) => shown.has(`${pair.spun}\t${pair.original}`) && !containsPhrase(quotedText, pair.spun));
  const confirmedSwaps = aligned.reduce((sum, pair) => sum + pair.substitutions.filter((swap) => swap.confirms.length > 0).length, 0);
  // Words the spinner could reach: a long quotation keeps its words as they were and would dilute every density below.
  const words = blocks.reduce((sum, block) => sum + (outsideQuotations(block).match(/\S+/g)?.length ?? 0), 0);

  // Distinct swapped words: "stated", "stated that" and "she stated" are one word, counted once.
  const ambiguousWords = new Set(
    occurrences.filter(({ match }) => !match.pairs.some((pair) => pair.kind === 'unambiguous') && match.pairs.some((pair) => pair.kind === 'ambiguous' || pair.kind === 'likely')).map(({ match }) => swappedWords(match.pairs[0]!)[0].toLowerCase()),
  ).size;
  // A likely pair is the spinner's unless the document's own quotations, or the words a near-duplicate
  // copy kept, use its word: then the author writes it too. Not also held back when the original is in
  // use elsewhere: spinners swap only some occurrences of a word, and measured on the development sets
  // that test lost repairs without saving a wrong one.
  const keptText = aligned.map((pair) => pair.kept).join('\n');
  const likely = uniquePairs(occurrences.flatMap(({ match }) => match.pairs))
    .filter((pair) => pair.kind === 'likely' && !containsPhrase(quotedText, swappedWords(pair)[0]) && !containsPhrase(keptText, swappedWords(pair)[0]));

  const dense = (unambiguous.length * 1000) / Math.max(words, 1) >= minimumPhrasesPerThousandWords;
  // Counted only as far as it can matter: below six swapped words, or past as many originals as swapped words, the share decides nothing.
  const originalWords = ambiguousWords < minimumAmbiguousWords ? Infinity : countOriginalWords(blocks, matchPhrases.originalWords, ambiguousWords);
  const swappedShare = ambiguousWords / Math.max(1, ambiguousWords + originalWords);
  const manySwappedWords = ambiguousWords >= minimumAmbiguousWords && swappedShare >= minimumSwappedShare;
  const spun = (phrases.length >= options.minimumPhrases && dense) || (phrases.length >= 1 && confirmedSwaps >= 1) || manySwappedWords;
  const score = phrases.length + quoted.length + confirmedSwaps + ambiguousWords;
  const strong = spun && (isStronglySpun(phrases.length, ambiguousWords, words, confirmedSwaps) || (manySwappedWords && swappedShare >= minimumStrongSwappedShare));
  const consistent = strong && options.consistentUse ? findDominantUse(occurrences, blocks, quotedText, keptText) : [];
  return { evidence: { score, spun, strong, phrases, phraseOccurrences: unambiguous.length, quoted, consistent, aligned, alignedPairs, likely, words, ambiguousWords }, blocks, occurrences, quotedText };
}

// Strong: many different signs (spinner phrases count double, being surer), densely, or a near-duplicate
// paragraph that shows the swaps. Measured on the development set: spun passages show 13–45 signs at
// 11–30 per 100 words, clean ones at most 6; the threshold sits between.
const minimumStrongSigns = 10;
const minimumStrongSignsPerHundredWords = 5;
// One confirmed swap is one word the lexicon happens to know ("in direction of" in a doubled caption);
// two make the near-duplicate a clear sign that the document's other paragraphs were spun too.
const minimumConfirmedSwaps = 2;
// Or swapped words far outnumbering their originals: the spinner has been over nearly every sentence.
// Spun passages of the development sets that miss the count above show 0.70 or more; clean ones at most 0.40.
const minimumStrongSwappedShare = 0.7;

function isStronglySpun(phrases: number, ambiguousWords: number, words: number, confirmedSwaps: number): boolean {
  if (confirmedSwaps >= minimumConfirmedSwaps) return true;
  const signs = 2 * phrases + ambiguousWords;
  return signs >= minimumStrongSigns && (signs * 100) / Math.max(words, 1) >= minimumStrongSignsPerHundredWords;
}

// Distinct original words of the lexicon used outside quotations (each one the spinner would have swapped),
// counted until there are more than `enough`.
function countOriginalWords(blocks: readonly TextBlock[], originals: ReadonlySet<string>, enough: number): number {
  const found = new Set<string>();
  for (const block of blocks) {
    if (found.size > enough) break;
    for (const word of block.value.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
      // Most words are not originals at all: look the word up as it is before any lower-casing.
      const lower = word[0].toLowerCase();
      if (found.has(lower) || !originals.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower)) continue;
      if (!overlapsAny(block.quotations, word.index, word.index + word[0].length)) found.add(lower);
    }
  }
  return found.size;
}

// All quoted text of the document: quotations inside paragraphs and whole block quotes.
function quotationsOf(tree: Root, blocks: readonly TextBlock[]): string {
  const parts = blocks.flatMap((block) => block.quotations.map(([start, end]) => block.value.slice(start, end)));
  visit(tree, 'blockquote', (node) => {
    parts.push(toString(node));
  });
  return parts.join('\n');
}

// The words a pair swaps, without its context or the words it shares with its original:
// "[Pronoun] stated" → "said" and "stated the" → "said the" both swap "stated" for "said".
function swappedWords(pair: SpinPair): [string, string] {
  const spun = pair.spun.replace(/^\[\w+\] /, '').split(' ');
  const original = pair.original.split(' ');
  while (spun.length > 1 && original.length > 1 && spun[0]!.toLowerCase() === original[0]!.toLowerCase()) (spun.shift(), original.shift());
  while (spun.length > 1 && original.length > 1 && spun.at(-1)!.toLowerCase() === original.at(-1)!.toLowerCase()) (spun.pop(), original.pop());
  return [spun.join(' '), original.join(' ')];
}

function uniquePairs(pairs: readonly SpinPair[]): SpinPair[] {
  return [...new Set(pairs)];
}
