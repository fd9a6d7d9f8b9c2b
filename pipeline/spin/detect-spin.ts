// Detection: does this document show signs of an article spinner, and what does it itself say about
// which original words were swapped? Evidence comes from three places: known spinner phrases outside
// quotations, the document's own quotations (the spinner leaves them alone, so they keep the original
// vocabulary), and near-duplicate paragraphs that show the swaps side by side.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { overlapsAny } from '../text/quotations.ts';
import { findAlignedPairs, containsPhrase, type AlignedPair } from './aligned-pairs.ts';
import type { SpinPair } from './lexicon.ts';
import { startsSentence, type PhraseMatch, type PhraseMatcher } from './phrase-matcher.ts';
import { collectTextBlocks, type TextBlock } from './text-blocks.ts';

export interface DetectOptions {
  /** Distinct unambiguous spinner phrases (outside quotations) that mark a document as spun. */
  minimumPhrases: number;
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
  aligned: AlignedPair[];
  words: number;
}

export interface SpinAnalysis {
  evidence: SpinEvidence;
  blocks: TextBlock[];
  /** Lexicon phrases outside quotations that may be repaired (names and keep-phrases already left out). */
  occurrences: Occurrence[];
}

// Long clean books can hold a few spinner-like phrases by chance ("one of many", "foremost"); spun
// text holds them densely. Below one per 2,000 words a document is not judged spun on phrases alone.
const minimumPhrasesPerThousandWords = 0.5;

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
  const confirmedSwaps = aligned.reduce((sum, pair) => sum + pair.substitutions.filter((swap) => swap.confirms.length > 0).length, 0);
  const words = blocks.reduce((sum, block) => sum + (block.value.match(/\S+/g)?.length ?? 0), 0);

  const dense = (unambiguous.length * 1000) / Math.max(words, 1) >= minimumPhrasesPerThousandWords;
  const spun = (phrases.length >= options.minimumPhrases && dense) || (phrases.length >= 1 && confirmedSwaps >= 1);
  const score = phrases.length + quoted.length + confirmedSwaps;
  return { evidence: { score, spun, phrases, phraseOccurrences: unambiguous.length, quoted, aligned, words }, blocks, occurrences };
}

// All quoted text of the document: quotations inside paragraphs and whole block quotes.
function quotationsOf(tree: Root, blocks: readonly TextBlock[]): string {
  const parts = blocks.flatMap((block) => block.quotations.map(([start, end]) => block.value.slice(start, end)));
  visit(tree, 'blockquote', (node) => {
    parts.push(toString(node));
  });
  return parts.join('\n');
}

function uniquePairs(pairs: readonly SpinPair[]): SpinPair[] {
  return [...new Set(pairs)];
}
