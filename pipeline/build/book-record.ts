// The per-book record (`out/<slug>.book.json`) the catalog is made from, so that out/ alone,
// filled by one build or by several, is enough to rebuild the catalog page and the OPDS feed.
import type { VFile } from 'vfile';
import type { BookMetadata } from '../book.ts';
import { summarizeChanges } from '../change-report.ts';
import { bookRecordFormat } from './book-record-name.ts';

export { bookRecordFormat, recordFileName, recordSuffix } from './book-record-name.ts';

/** A silent reader's pace; the usual figure for adult reading of non-fiction on screen. */
const wordsPerMinute = 230;

export interface BookFile {
  /** What a reader asks for: `epub`, `pdf` or `markdown`. */
  format: 'epub' | 'pdf' | 'markdown';
  /** File name in out/, no folders. */
  name: string;
  bytes: number;
}

export interface CleanupSummary {
  /** Fixes the transforms applied (info messages). */
  changes: number;
  /** Things a person should look at (warnings). */
  warnings: number;
  /** Quality score from the change report, 0–100. */
  score: number;
  /** The change report's one-line summary ("3 changes: …; quality 97/100 (…)"). */
  line: string;
  /** Messages per rule id, both kinds together. */
  rules: Record<string, number>;
}

export interface BookRecord {
  format: typeof bookRecordFormat;
  metadata: BookMetadata;
  words: number;
  readingMinutes: number;
  cleanup: CleanupSummary;
  files: BookFile[];
  /** The cover SVG in out/. */
  cover: string;
  /** The cleanup report (Markdown) in out/, when there is one. */
  report?: string;
  /** Build timestamp (ISO 8601): the fixed build date, so the record is reproducible too. */
  built: string;
}

export interface RecordInput {
  metadata: BookMetadata;
  report: VFile;
  /** Words of the book's Markdown, as `countWords` counts them. */
  words: number;
  files: BookFile[];
  cover: string;
  /** File name of the cleanup report in out/. */
  reportFile?: string | undefined;
  buildDate: Date;
}

export function describeBookRecord(input: RecordInput): BookRecord {
  const { words } = input;
  return {
    format: bookRecordFormat,
    metadata: input.metadata,
    words,
    readingMinutes: Math.max(1, Math.round(words / wordsPerMinute)),
    cleanup: summariseCleanup(input.report),
    files: input.files,
    cover: input.cover,
    ...(input.reportFile ? { report: input.reportFile } : {}),
    built: input.buildDate.toISOString(),
  };
}

/** Words of the text a reader reads: front matter and bare Markdown marks (`#`, `---`, `*`) do not count. */
export function countWords(markdown: Uint8Array): number {
  const text = new TextDecoder().decode(markdown).replace(/^---\n[\s\S]*?\n---\n/, '');
  // Counted as it goes: splitting a 20 MB book first would make an array of millions of words.
  let words = 0;
  for (const [word] of text.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(word)) words += 1;
  return words;
}

function summariseCleanup(report: VFile): CleanupSummary {
  const summary = summarizeChanges(report);
  const rules: Record<string, number> = {};
  for (const message of report.messages) {
    const rule = message.ruleId ?? 'other';
    rules[rule] = (rules[rule] ?? 0) + 1;
  }
  return {
    changes: summary.changes,
    warnings: summary.warnings,
    score: summary.score,
    line: summary.line,
    rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

