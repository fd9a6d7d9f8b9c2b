// Per-word evidence from a document's own vocabulary: a spinner swaps a word wherever it meets it, so
// in spun text the spun form ("stated") outnumbers its original ("said") outside quotations, while
// ordinary prose uses the everyday original far more often. Only read in strongly spun documents.
import type { SpinPair } from './lexicon.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import type { TextBlock } from './text-blocks.ts';

export interface DominantUse {
  pair: SpinPair;
  /** Times the spun form occurs outside quotations. */
  spunCount: number;
  /** Times the original occurs outside quotations. */
  originalCount: number;
}

/**
 * Ambiguous pairs whose spun form the document uses more often than the original outside quotations,
 * and never inside them (the spinner leaves quotations alone, so a spun form there is the speaker's own
 * word), nor among the words a near-duplicate paragraph pair shares (`keptText`).
 */
export function findDominantUse(
  occurrences: ReadonlyArray<{ block: TextBlock; match: PhraseMatch }>,
  blocks: readonly TextBlock[],
  quotedText: string,
  keptText: string,
): DominantUse[] {
  // An original inside a longer spun phrase ("again" in "despatched again") is the spinner's word, not the
  // author's. A one-word match is left in: it may be the spun form of one pair and the original of another.
  const phrases = occurrences.filter(({ match }) => /\s/.test(match.text));
  const unquoted = blocks.map((block) => outsideQuotations(block, phrases.filter((occurrence) => occurrence.block === block).map(({ match }) => [match.start, match.end] as const))).join('\n');
  const spunCounts = new Map<SpinPair, number>();
  for (const { match } of occurrences) {
    for (const pair of match.pairs) if (pair.kind === 'ambiguous') spunCounts.set(pair, (spunCounts.get(pair) ?? 0) + 1);
  }
  const found: DominantUse[] = [];
  for (const [pair, spunCount] of spunCounts) {
    // A word the spinner left alone in a near-duplicate copy is the author's own.
    if (countPhrase(quotedText, pair.spun) > 0 || countPhrase(keptText, pair.spun) > 0) continue;
    const originalCount = countPhrase(unquoted, pair.original);
    if (spunCount > originalCount) found.push({ pair, spunCount, originalCount });
  }
  return found;
}

/** Text of a block with its quotations (and any other ranges given) blanked out; a line break keeps phrases from running across. */
export function outsideQuotations(block: TextBlock, alsoBlank: ReadonlyArray<readonly [number, number]> = []): string {
  let text = block.value;
  const ranges = [...block.quotations, ...alsoBlank].sort((a, b) => b[0] - a[0]);
  for (const [start, end] of ranges) text = `${text.slice(0, start)}\n${' '.repeat(Math.max(0, end - start - 1))}${text.slice(end)}`;
  return text;
}

/** Occurrences of `phrase` in `text` as whole words, ignoring case; ' and ’ are the same. */
export function countPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/^\[\w+\] /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0;
}
