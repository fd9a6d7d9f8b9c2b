// repair-spin: undoes article-spinner synonym swaps ("not too long ago" → "recently") in documents
// that show signs of spin, never inside quotations or names. See pipeline/spin/ for the detection.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { overlapsAny } from '../text/quotations.ts';
import { containsPhrase } from '../spin/aligned-pairs.ts';
import { analyseSpin, type Occurrence, type SpinAnalysis } from '../spin/detect-spin.ts';
import type { SpinPair } from '../spin/lexicon.ts';
import { lexiconMatcher } from '../spin/lexicon-matcher.ts';
import { capitalise, startsSentence } from '../spin/phrase-matcher.ts';
import { agreeArticle } from '../spin/indefinite-article.ts';
import { applyEdits, type Edit, type TextBlock } from '../spin/text-blocks.ts';
import { reportChange, reportWarning } from './report-change.ts';

export interface Options {
  /** Only report what would be repaired; change nothing. Default: `false`. */
  reportOnly?: boolean;
  /** More spun → original pairs (e.g. read from the user's own lexicon file), used with the built-in lexicon. Default: none. */
  extraPairs?: readonly SpinPair[];
  /** Distinct unambiguous spinner phrases outside quotations that mark a document as spun. Default: `3`. */
  minimumPhrases?: number;
  /**
   * In a strongly spun document, also repair an ambiguous word whose spun form the document uses more
   * often than its original outside quotations, and never inside them (spinners swap a word wherever
   * they meet it; ordinary prose uses the everyday original far more). Default: `true`.
   */
  consistentUse?: boolean;
}

/** What the detection found, for the build summary and the report. */
export interface SpinSummary {
  score: number;
  spun: boolean;
  repairs: number;
  flagged: number;
}

declare module 'vfile' {
  interface DataMap {
    spin: SpinSummary;
  }
}

const ruleId = 'repair-spin';
const emptyOptions: Options = {};

interface PlannedEdit extends Edit {
  actual: string;
  why: string;
}

const repairSpin: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const matchPhrases = lexiconMatcher(settings.extraPairs);
  const minimumPhrases = settings.minimumPhrases ?? 3;

  return function (tree, file) {
    const analysis = analyseSpin(tree, matchPhrases, { minimumPhrases, consistentUse: settings.consistentUse ?? true });
    const { evidence } = analysis;
    const summary: SpinSummary = { score: evidence.score, spun: evidence.spun, repairs: 0, flagged: 0 };
    file.data.spin = summary;
    if (!evidence.spun) {
      if (evidence.phrases.length > 0) {
        reportWarning(file, { ruleId, reason: `Spin score ${evidence.score}, too few signs of spin to repair anything (spinner-like phrases: ${quoteList(evidence.phrases)})` });
      }
      return;
    }
    reportWarning(file, { ruleId, reason: describeEvidence(analysis) });

    const byBlock = new Map<TextBlock, PlannedEdit[]>();
    const plan = (block: TextBlock, edit: PlannedEdit) => byBlock.set(block, [...(byBlock.get(block) ?? []), edit]);
    // Swaps learned from a near-duplicate come first: the original copy is the best evidence there is.
    for (const pair of evidence.aligned) {
      for (const swap of pair.substitutions) {
        plan(pair.spun, { start: swap.start, end: swap.end, replacement: swap.original, actual: swap.spun, why: `learned from the near-duplicate paragraph${lineOf(pair.original)}` });
      }
    }
    // Words left alone for want of evidence: one warning lists them all, so they do not drown the report.
    const flagged = new Map<string, string[]>();
    // The unspun copy of a near-duplicate pair is the document's own original text: leave it be.
    const originals = new Set(evidence.aligned.map((pair) => pair.original));
    for (const occurrence of analysis.occurrences) {
      if (originals.has(occurrence.block)) continue;
      const decision = decide(occurrence, analysis);
      const { block, match } = occurrence;
      const taken = (byBlock.get(block) ?? []).some((edit) => match.start < edit.end && match.end > edit.start);
      if (taken) continue;
      if (decision.kind === 'flag') {
        flagged.set(match.text, decision.originals);
        continue;
      }
      // Keep a capital at the start of a sentence, also when the spun form starts with a digit ("1000’s of …").
      const capital = match.capitalised || (!/^\p{Ll}/u.test(match.text) && startsSentence(block.value, match.start));
      const replacement = capital ? capitalise(decision.original) : decision.original;
      plan(block, agreeArticle(block.value, { start: match.start, end: match.end, replacement, actual: match.text, why: decision.why }));
    }

    summary.flagged = flagged.size;
    if (flagged.size > 0) {
      const words = [...flagged].map(([word, originals]) => `“${word}” (${originals.join(' or ')}?)`);
      reportWarning(file, { ruleId, reason: `Possible spinner words left as they are, since nothing in this document shows which word was meant: ${words.join(', ')}` });
    }
    for (const [block, edits] of byBlock) {
      const safe = edits.filter((edit) => !overlapsAny(block.quotations, edit.start, edit.end) && edit.actual !== edit.replacement);
      if (settings.reportOnly) {
        for (const edit of safe) report(file, block, edit, false);
        continue;
      }
      for (const edit of applyEdits(block, safe) as PlannedEdit[]) {
        summary.repairs += 1;
        report(file, block, edit, true);
      }
    }
  };
};

type Decision = { kind: 'repair'; original: string; why: string } | { kind: 'flag'; originals: string[] };

// Unambiguous phrases are repaired in any spun document; ambiguous ones need this document's own word for it:
// its quotations or a near-duplicate paragraph first, else (in a strongly spun document) its word counts.
function decide({ match }: Occurrence, analysis: SpinAnalysis): Decision {
  const unambiguous = match.pairs.find((pair) => pair.kind === 'unambiguous');
  if (unambiguous) return { kind: 'repair', original: unambiguous.original, why: `unambiguous spinner phrase (lexicon: ${unambiguous.attested || 'user'})` };
  // A spun form the spinner reaches from several originals ("examine" from study or check) is never
  // repaired on its kind alone: which one was meant needs the document's own evidence below.
  const possible = new Set(match.pairs.map((pair) => pair.original.toLowerCase()));
  const likely = possible.size === 1 ? match.pairs.find((pair) => analysis.evidence.likely.includes(pair)) : undefined;
  if (likely) return { kind: 'repair', original: likely.original, why: `nearly always a spinner's phrase in a spun document, and this document's quotations do not use it (lexicon: ${likely.attested || 'user'})` };
  const quoted = match.pairs.filter((pair) => analysis.evidence.quoted.includes(pair));
  const aligned = match.pairs.filter((pair) => analysis.evidence.alignedPairs.includes(pair));
  const originals = [...new Set([...quoted, ...aligned].map((pair) => pair.original))];
  // Quotations that use two of a spun form's possible originals do not say which one the spinner met.
  const quotedOriginals = possible.size > 1 && aligned.length === 0 ? [...possible].filter((original) => containsPhrase(analysis.quotedText, original)) : [];
  if (originals.length === 1 && quotedOriginals.length <= 1) {
    const original = originals[0]!;
    const why = aligned.some((pair) => pair.original === original)
      ? `a near-duplicate paragraph shows “${match.pairs[0]!.spun}” → “${original}”`
      : `this document uses “${original}” inside its quotations`;
    return { kind: 'repair', original, why };
  }
  // Counts say a word was swapped, not from what: a spun form with several possible originals stays flagged.
  const dominant = originals.length === 0 && possible.size === 1 ? analysis.evidence.consistent.find((use) => match.pairs.includes(use.pair)) : undefined;
  if (dominant) {
    const { pair, spunCount, originalCount } = dominant;
    const why = `strongly spun document (spin score ${analysis.evidence.score}) that uses “${pair.spun}” ${times(spunCount)} and “${pair.original}” ${times(originalCount)} outside quotations`;
    return { kind: 'repair', original: pair.original, why };
  }
  return { kind: 'flag', originals: [...new Set(match.pairs.map((pair) => pair.original))] };
}

function times(count: number): string {
  return count === 0 ? 'never' : count === 1 ? 'once' : `${count} times`;
}

function report(file: VFile, block: TextBlock, edit: PlannedEdit, applied: boolean): void {
  const reason = `${applied ? 'Repaired' : 'Would repair'} spun “${edit.actual}” → “${edit.replacement}”: ${edit.why}`;
  const change = { ruleId, node: block.node, reason, actual: edit.actual, expected: edit.replacement };
  if (applied) reportChange(file, change);
  else reportWarning(file, change);
}

function describeEvidence({ evidence }: SpinAnalysis): string {
  const parts = [
    evidence.phrases.length === 0
      ? `no spinner phrases outside quotations (${evidence.words} words)`
      : `${evidence.phrases.length} spinner phrase${evidence.phrases.length === 1 ? '' : 's'} outside quotations (${quoteList(evidence.phrases)}; ${times(evidence.phraseOccurrences)} in ${evidence.words} words)`,
  ];
  if (evidence.ambiguousWords > 0) parts.push(`${evidence.ambiguousWords} different everyday words spinners swap`);
  if (evidence.strong) parts.push('strongly spun');
  if (evidence.consistent.length > 0) parts.push(`${evidence.consistent.length} used more often than their originals (${quoteList(evidence.consistent.map(({ pair }) => `${pair.spun} → ${pair.original}`))})`);
  if (evidence.quoted.length > 0) parts.push(`${evidence.quoted.length} original word${evidence.quoted.length === 1 ? '' : 's'} used inside quotations (${quoteList(evidence.quoted.map((pair) => `${pair.spun} → ${pair.original}`))})`);
  if (evidence.aligned.length > 0) {
    const swaps = evidence.aligned.reduce((sum, pair) => sum + pair.substitutions.length, 0);
    parts.push(`${evidence.aligned.length} near-duplicate paragraph pair${evidence.aligned.length === 1 ? '' : 's'} showing ${swaps} swaps`);
  }
  return `Spin score ${evidence.score}: ${parts.join('; ')}`;
}

function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, 8).map((item) => `“${item}”`);
  return items.length > 8 ? `${shown.join(', ')} and ${items.length - 8} more` : shown.join(', ');
}

function lineOf(block: TextBlock): string {
  const line = block.node.position?.start.line;
  return line === undefined ? '' : ` at line ${line}`;
}

export default repairSpin;
