// Measures repair-spin on a labelled set (tests/fixtures/spin*/): every case folder holds either
// spun.txt with its original.txt, or spun.md with its original.md (the spinner's swaps are the
// word-level differences between them), or one clean.txt / clean.md that must come out unchanged. Used by `npm run eval:spin` and by a test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffArrays } from 'diff';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseSeed } from '../pipeline/parse.ts';
import { quotationRanges } from '../pipeline/text/quotations.ts';
import repairSpin, { type Options } from '../pipeline/transforms/repair-spin.ts';
import { analyseSpin, type SpinEvidence } from '../pipeline/spin/detect-spin.ts';
import { builtInLexicon, type SpinPair } from '../pipeline/spin/lexicon.ts';
import { lexiconMatcher } from '../pipeline/spin/lexicon-matcher.ts';

export interface CaseResult {
  name: string;
  kind: 'spun' | 'clean';
  /** Spinner swaps in the passage (word-level differences between spun and original). */
  swaps: number;
  /** Swaps after which the output reads exactly as the original. */
  restored: number;
  /** Changes the repair made (word-level differences between spun input and output). */
  repairs: number;
  /** Repairs that wrote what the original has at that place. */
  correct: number;
  /** Swaps the lexicon has a pair for (same spun words, same original). */
  inLexicon: number;
  /**
   * Swaps the current mechanisms could restore at all: in the lexicon, and with the evidence its kind
   * needs present in the document (a spun document for unambiguous and likely pairs; the original in the
   * quotations, a near-duplicate paragraph or, in a strongly spun document, the counts for ambiguous
   * ones; a near-duplicate for common ones), or shown by a near-duplicate paragraph.
   */
  reachable: number;
  /** Quotations whose text changed. */
  quotationsChanged: number;
  /** Readable notes on every miss and every wrong change. */
  notes: string[];
}

export interface SpinEvaluation {
  cases: CaseResult[];
  precision: number;
  recall: number;
  /** Share of clean passages the repair changed at all. */
  falseChangeRate: number;
  quotationsChanged: number;
  /** Share of the swaps the lexicon covers, and share the current mechanisms could reach (see CaseResult). */
  inLexicon: number;
  reachable: number;
}

interface Token {
  text: string;
}

const tokenize = (text: string): Token[] => [...text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((found) => ({ text: found[0] }));

interface Hunk {
  /** Token range on the left side of the diff. */
  from: number;
  to: number;
  /** Token range on the right side. */
  rightFrom: number;
  rightTo: number;
}

function hunks(left: Token[], right: Token[]): Hunk[] {
  const result: Hunk[] = [];
  let l = 0;
  let r = 0;
  let open: Hunk | undefined;
  for (const change of diffArrays(left, right, { comparator: (a, b) => a.text === b.text })) {
    if (!change.added && !change.removed) {
      if (open) result.push(open);
      open = undefined;
      l += change.count;
      r += change.count;
      continue;
    }
    open ??= { from: l, to: l, rightFrom: r, rightTo: r };
    if (change.removed) l += change.count;
    else r += change.count;
    open.to = l;
    open.rightTo = r;
  }
  if (open) result.push(open);
  return result;
}

const text = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).map((token) => token.text).join(' ');
const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to || (a.from === a.to && b.from <= a.from && a.from <= b.to);

// A pair as the words it swaps, tokenised like the passages, without the words spun and original share
// at either end or a context such as "[Pronoun] ": "[Pronoun] stated" → "said" is "stated\tsaid".
function swapKey(spun: string, original: string): string {
  const left = tokenize(spun.replace(/^\[\w+\] /, '')).map((token) => token.text.toLowerCase().replace(/’/g, "'"));
  const right = tokenize(original).map((token) => token.text.toLowerCase().replace(/’/g, "'"));
  while (left.length > 1 && right.length > 1 && left[0] === right[0]) (left.shift(), right.shift());
  while (left.length > 1 && right.length > 1 && left.at(-1) === right.at(-1)) (left.pop(), right.pop());
  return `${left.join(' ')}\t${right.join(' ')}`;
}

let pairsByKey: Map<string, SpinPair[]> | undefined;
function lexiconPairs(key: string, extraPairs: readonly SpinPair[] = []): SpinPair[] {
  if (!pairsByKey) {
    pairsByKey = new Map();
    for (const pair of builtInLexicon()) if (pair.kind !== 'keep') pairsByKey.set(swapKey(pair.spun, pair.original), [...(pairsByKey.get(swapKey(pair.spun, pair.original)) ?? []), pair]);
  }
  return [...(pairsByKey.get(key) ?? []), ...extraPairs.filter((pair) => pair.kind !== 'keep' && swapKey(pair.spun, pair.original) === key)];
}

// Whether the document holds the evidence a pair's kind needs (the rules of repair-spin's decide()).
function evidenced(pair: SpinPair, evidence: SpinEvidence): boolean {
  if (!evidence.spun) return false;
  if (pair.kind === 'unambiguous') return true;
  if (pair.kind === 'likely') return evidence.likely.includes(pair);
  if (evidence.alignedPairs.includes(pair)) return true;
  return pair.kind === 'ambiguous' && (evidence.quoted.includes(pair) || evidence.consistent.some((use) => use.pair === pair));
}

async function repair(source: string, fileName: string, options: Options | undefined): Promise<{ before: string[]; after: string[]; evidence: SpinEvidence }> {
  const { tree } = parseSeed(source, fileName.endsWith('.md') ? 'markdown' : 'text', fileName);
  const before = tree.children.map((node) => toString(node));
  const { evidence } = analyseSpin(tree, lexiconMatcher(options?.extraPairs), { minimumPhrases: options?.minimumPhrases ?? 3, consistentUse: options?.consistentUse ?? true });
  const cleaned = (await unified().use(repairSpin, options ?? {}).run(tree, new VFile({ path: fileName, value: source }))) as Root;
  return { before, after: cleaned.children.map((node) => toString(node)), evidence };
}

function quotations(paragraph: string): string[] {
  return quotationRanges(paragraph).map(([start, end]) => paragraph.slice(start, end));
}

async function evaluateSpunCase(name: string, dir: string, extension: 'txt' | 'md', options: Options | undefined): Promise<CaseResult> {
  const originalName = `original.${extension}`;
  const original = parseSeed(readFileSync(path.join(dir, originalName), 'utf8'), extension === 'md' ? 'markdown' : 'text', originalName).tree.children.map((node) => toString(node));
  const { before, after, evidence } = await repair(readFileSync(path.join(dir, `spun.${extension}`), 'utf8'), `spun.${extension}`, options);
  const shown = new Set(evidence.aligned.flatMap((pair) => pair.substitutions.map((swap) => swapKey(swap.spun, swap.original))));
  if (original.length !== before.length) throw new Error(`${dir}: spun.${extension} and ${originalName} must have the same paragraphs`);
  const result: CaseResult = { name, kind: 'spun', swaps: 0, restored: 0, repairs: 0, correct: 0, inLexicon: 0, reachable: 0, quotationsChanged: 0, notes: [] };
  before.forEach((spunParagraph, index) => {
    const spunTokens = tokenize(spunParagraph);
    const originalTokens = tokenize(original[index]!);
    const outputTokens = tokenize(after[index]!);
    const gold = hunks(spunTokens, originalTokens);
    const made = hunks(spunTokens, outputTokens);
    // Where the output still differs from the original, in the original's token positions.
    const residual = hunks(outputTokens, originalTokens).map((hunk) => ({ from: hunk.rightFrom, to: hunk.rightTo }));
    const restored = new Set(gold.filter((swap) => !residual.some((left) => overlaps({ from: swap.rightFrom, to: swap.rightTo }, left))));
    result.swaps += gold.length;
    result.restored += restored.size;
    for (const swap of gold) {
      const key = swapKey(text(spunTokens, swap.from, swap.to), text(originalTokens, swap.rightFrom, swap.rightTo));
      const pairs = lexiconPairs(key, options?.extraPairs);
      // A restored swap was reachable, whatever its key: adjacent swaps diff as one, "a"/"an" joins its noun.
      if (restored.has(swap) || pairs.length > 0) result.inLexicon += 1;
      if (restored.has(swap) || shown.has(key) || pairs.some((pair) => evidenced(pair, evidence))) result.reachable += 1;
    }
    for (const swap of gold) {
      if (!restored.has(swap)) result.notes.push(`missed: “${text(spunTokens, swap.from, swap.to)}” → “${text(originalTokens, swap.rightFrom, swap.rightTo)}” (got “${after[index]!.length > 0 ? '…' : ''}”)`.replace(' (got “…”)', ''));
    }
    for (const change of made) {
      result.repairs += 1;
      const written = text(outputTokens, change.rightFrom, change.rightTo);
      const within = gold.find((swap) => swap.from <= change.from && change.to <= swap.to);
      // Right when the whole swap now reads as the original, or when what was written is part of the original's words there.
      const right = within !== undefined && (restored.has(within) || ` ${text(originalTokens, within.rightFrom, within.rightTo)} `.includes(` ${written} `));
      if (right) result.correct += 1;
      else result.notes.push(`wrong: “${text(spunTokens, change.from, change.to)}” → “${written}”`);
    }
    const quotedBefore = quotations(spunParagraph);
    const quotedAfter = quotations(after[index]!);
    result.quotationsChanged += quotedBefore.filter((quote, at) => quotedAfter[at] !== quote).length;
  });
  return result;
}

async function evaluateCleanCase(name: string, dir: string, fileName: string, options: Options | undefined): Promise<CaseResult> {
  const { before, after } = await repair(readFileSync(path.join(dir, fileName), 'utf8'), fileName, options);
  const result: CaseResult = { name, kind: 'clean', swaps: 0, restored: 0, repairs: 0, correct: 0, inLexicon: 0, reachable: 0, quotationsChanged: 0, notes: [] };
  before.forEach((paragraph, index) => {
    for (const change of hunks(tokenize(paragraph), tokenize(after[index]!))) {
      result.repairs += 1;
      result.notes.push(`changed clean text: “${text(tokenize(paragraph), change.from, change.to)}” → “${text(tokenize(after[index]!), change.rightFrom, change.rightTo)}”`);
    }
    const quotedAfter = quotations(after[index]!);
    result.quotationsChanged += quotations(paragraph).filter((quote, at) => quotedAfter[at] !== quote).length;
  });
  return result;
}

export async function evaluateSpin(fixturesDir: string, options?: Options): Promise<SpinEvaluation> {
  const cases: CaseResult[] = [];
  for (const name of readdirSync(fixturesDir).sort()) {
    const dir = path.join(fixturesDir, name);
    const spunExtension = (['txt', 'md'] as const).find((extension) => existsSync(path.join(dir, `spun.${extension}`)));
    if (spunExtension) cases.push(await evaluateSpunCase(name, dir, spunExtension, options));
    else {
      const fileName = ['clean.txt', 'clean.md'].find((candidate) => existsSync(path.join(dir, candidate)));
      if (!fileName) throw new Error(`${dir}: needs spun.txt + original.txt (or spun.md + original.md), or clean.txt / clean.md`);
      cases.push(await evaluateCleanCase(name, dir, fileName, options));
    }
  }
  const spun = cases.filter((entry) => entry.kind === 'spun');
  const clean = cases.filter((entry) => entry.kind === 'clean');
  const sum = (list: CaseResult[], key: 'swaps' | 'restored' | 'repairs' | 'correct' | 'inLexicon' | 'reachable' | 'quotationsChanged') => list.reduce((total, entry) => total + entry[key], 0);
  const repairs = sum(spun, 'repairs') + sum(clean, 'repairs');
  return {
    cases,
    precision: repairs === 0 ? 1 : sum(spun, 'correct') / repairs,
    recall: sum(spun, 'swaps') === 0 ? 1 : sum(spun, 'restored') / sum(spun, 'swaps'),
    falseChangeRate: clean.length === 0 ? 0 : clean.filter((entry) => entry.repairs > 0).length / clean.length,
    quotationsChanged: sum(cases, 'quotationsChanged'),
    inLexicon: sum(spun, 'swaps') === 0 ? 1 : sum(spun, 'inLexicon') / sum(spun, 'swaps'),
    reachable: sum(spun, 'swaps') === 0 ? 1 : sum(spun, 'reachable') / sum(spun, 'swaps'),
  };
}

/** The targets: precision ≥ 0.98, recall ≥ 0.80, no clean passage and no quotation changed. */
export function meetsTargets(result: SpinEvaluation): boolean {
  return result.precision >= 0.98 && result.recall >= 0.8 && result.falseChangeRate === 0 && result.quotationsChanged === 0;
}
