// What the cleanup did to one seed, for people: a one-line summary with a quality score for the
// build's output, and a readable Markdown report listing every change with its before and after.
// Pure: the seed's VFile (with the transforms' messages) in, text out.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { toMarkdown } from 'mdast-util-to-markdown';
import { wordCount, wordsLost } from './text/words.ts';

export interface ChangeSummary {
  /** Fixes applied (info messages). */
  changes: number;
  /** Things a person should look at (warnings). */
  warnings: number;
  /** Share of the text's own words (the seed's words less the furniture and copies removed) changed or removed, 0–1. */
  changedShare: number;
  /** Words of site furniture removed or moved to the metadata: chrome, boilerplate, mastheads, bylines, captions dropped. */
  furnitureWords: number;
  /** Words of repeated copies removed (a paragraph or caption printed twice keeps one copy). */
  copyWords: number;
  /** Repairs of garbled text: mojibake, spintax, stray HTML, invisible characters. */
  garbled: number;
  /** 100 for a seed whose text needed nothing; lower the more of the text was changed, garbled or flagged. */
  score: number;
  /** "12 changes: 2 duplicate captions, 4 boilerplate, …; quality 88/100 (…)". */
  line: string;
}

// How a rule's changes are counted in the summary; a rule not listed is counted under its id.
const labels: Record<string, string> = {
  'strip-html': 'stray HTML',
  'repair-mojibake': 'mojibake',
  'remove-invisible-characters': 'invisible characters',
  'resolve-spintax': 'spintax',
  'normalize-whitespace': 'whitespace',
  'restore-sentence-space': 'missing spaces',
  'repair-spin': 'spin repairs',
  'recognize-captions': 'captions',
  'remove-site-chrome': 'site chrome',
  'extract-byline': 'byline',
  'remove-boilerplate': 'boilerplate',
  'remove-learned-boilerplate': 'learned boilerplate',
  'drop-captions': 'captions dropped',
  typography: 'typography',
};
const garblingRules = new Set(['strip-html', 'repair-mojibake', 'remove-invisible-characters', 'resolve-spintax']);
// Rules that take away what a site printed around the text, not the author's words: what they
// remove is counted apart and costs the score nothing (a clean-up that did its job is no loss).
const furnitureRules = new Set(['remove-site-chrome', 'remove-boilerplate', 'remove-learned-boilerplate', 'extract-byline', 'drop-captions']);
// A repeated copy removed leaves the words in the text once.
const copyRules = new Set(['collapse-duplicate-paragraphs']);

/** Which part of the report a fix belongs to: the text's own words, the site's furniture, or a repeated copy. */
export function fixKind(message: VFileMessage): 'text' | 'furniture' | 'copy' {
  const rule = message.ruleId ?? '';
  return furnitureRules.has(rule) ? 'furniture' : copyRules.has(rule) ? 'copy' : 'text';
}

function labelOf(message: VFileMessage): string {
  if (message.ruleId === 'collapse-duplicate-paragraphs') return message.reason.includes('caption') ? 'duplicate captions' : 'duplicate paragraphs';
  if (message.ruleId === 'remove-boilerplate' && message.reason.includes('masthead')) return 'masthead';
  return labels[message.ruleId ?? ''] ?? message.ruleId ?? 'other';
}

const isFix = (message: VFileMessage): boolean => message.fatal === undefined;
const isWarning = (message: VFileMessage): boolean => message.fatal === false;

export function summarizeChanges(file: VFile): ChangeSummary {
  const fixes = file.messages.filter(isFix);
  const warnings = file.messages.filter(isWarning).length;
  const lost = { text: 0, furniture: 0, copy: 0 };
  for (const message of fixes) lost[fixKind(message)] += wordsLost(message.actual ?? '', message.expected?.[0] ?? '');
  // The score says how much of what the author wrote was changed: out of the text's own words.
  const textWords = Math.max(1, wordCount(String(file.value)) - lost.furniture - lost.copy);
  const changedShare = Math.min(1, lost.text / textWords);
  const garbled = fixes.filter((message) => garblingRules.has(message.ruleId ?? '')).length;
  // Every removed or reworded word of the text costs; garbling and open warnings cost a little each,
  // so a clean seed scores 100 and one that needs a look stands out.
  const score = Math.max(0, Math.round(100 - changedShare * 100 - 2 * garbled - 5 * warnings));
  const counts = new Map<string, number>();
  for (const message of fixes) counts.set(labelOf(message), (counts.get(labelOf(message)) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => `${count} ${label}`);
  const changes = `${fixes.length} change${fixes.length === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  const flagged = warnings > 0 ? `, ${warnings} to check` : '';
  const spin = file.data.spin?.spun ? `; spin score ${file.data.spin.score} (${file.data.spin.repairs} repaired, ${file.data.spin.flagged} flagged)` : '';
  const apart = [lost.furniture > 0 && `${lost.furniture} words of site furniture`, lost.copy > 0 && `${lost.copy} of repeated copies`].filter(Boolean);
  const removedApart = apart.length > 0 ? `; removed apart: ${apart.join(', ')}` : '';
  const line = `${changes}; quality ${score}/100 (${Math.round(changedShare * 100)}% of the text's words changed or removed, ${garbled} garbled${flagged})${removedApart}${spin}`;
  return { changes: fixes.length, warnings, changedShare, furnitureWords: lost.furniture, copyWords: lost.copy, garbled, score, line };
}

/** The whole report as Markdown: the summary, then each warning and change in text order. */
export function renderChangeReport(file: VFile, title: string): string {
  return new TextDecoder().decode(encodeChangeReport(file, title));
}

/**
 * The same report as UTF-8, encoded as it is made: a long book's report (some 30 MB for a 20 MB seed)
 * never exists as an array of lines and one string beside its bytes, which was the peak of its build.
 */
export function encodeChangeReport(file: VFile, title: string): Uint8Array {
  const out = new Utf8Chunks();
  let blankLines = 0;
  // Blank lines are written only once a line follows them: the report ends with its last text line.
  for (const line of reportLines(file, title)) {
    if (line === '') blankLines += 1;
    else {
      out.write(`${'\n'.repeat(blankLines)}${line}\n`);
      blankLines = 0;
    }
  }
  return out.bytes();
}

function* reportLines(file: VFile, title: string): Generator<string> {
  const summary = summarizeChanges(file);
  const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  yield* [headingLine(`Cleanup report: ${title}`), '', `Seed: \`${file.path}\``, '', summary.line, ''];
  const warnings = messages.filter(isWarning);
  if (warnings.length > 0) {
    yield* ['## To check', ''];
    for (const message of warnings) yield* describe(message);
  }
  yield* ['## Changes', ''];
  const fixes = messages.filter(isFix);
  const textFixes = fixes.filter((message) => fixKind(message) === 'text');
  if (textFixes.length === 0) yield* ['Nothing of the text was changed.', ''];
  for (const message of textFixes) yield* describe(message);
  // What the site printed around the text and repeated copies: listed apart, as the summary counts them.
  const removedApart = fixes.filter((message) => fixKind(message) !== 'text');
  if (removedApart.length > 0) {
    yield* ['## Site furniture and repeated copies removed', ''];
    for (const message of removedApart) yield* describe(message);
  }
}

/** Text encoded in blocks of about a megabyte, joined once at the end. */
class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 1 << 20) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1) return this.chunks[0]!;
    const joined = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of this.chunks.splice(0)) {
      joined.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return joined;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(this.encoder.encode(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }
}

// The title is the seed's own text: "<script>…" or "*" in it is shown as written, never read as Markdown or HTML.
function headingLine(text: string): string {
  return toMarkdown({ type: 'heading', depth: 1, children: [{ type: 'text', value: text }] }).trimEnd();
}

function describe(message: VFileMessage): string[] {
  const where = message.line ? `line ${message.line}` : 'whole seed';
  const lines = [`- **${message.ruleId ?? 'unknown'}** (${where}): ${message.reason}`];
  const after = message.expected?.[0];
  if (message.actual !== undefined && after) {
    const [before, changed] = excerpts(message.actual, after);
    lines.push(`  - before: ${quote(before)}`, `  - after: ${quote(changed)}`);
  } else {
    if (message.actual !== undefined) lines.push(`  - before: ${quote(message.actual)}`);
    if (after !== undefined) lines.push('  - after: (removed)');
  }
  return [...lines, ''];
}

// A small change in a long paragraph is shown with a little context, not the whole paragraph twice.
function excerpts(before: string, after: string, context = 30): [string, string] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  // Cut at word boundaries, so the context reads as words.
  let from = Math.max(0, start - context);
  if (from > 0) from = before.indexOf(' ', from) + 1 || from;
  if (from > start) from = start;
  const cut = (text: string): string => {
    let to = Math.min(text.length, text.length - end + context);
    if (to < text.length) to = text.lastIndexOf(' ', to) > text.length - end ? text.lastIndexOf(' ', to) : to;
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}

// Before/after texts go in code spans, so a stray "*" or "<" in a scraped text stays visible.
function quote(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text.replace(/\n/g, ' ')} ${fence}`;
}
