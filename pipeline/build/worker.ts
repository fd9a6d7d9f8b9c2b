// One job of the worker pool: build one book (a seed, or a collection of seeds) from its bytes and
// hand back every file it makes. Runs in a worker thread; everything in and out is cloneable. It
// touches no file: the build writes the files in the main thread, where its lock and its interrupt
// cleanup live (a worker's own cleanup would not run when the process is interrupted).
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';
import type { Book, BookMetadata } from '../book.ts';
import { bindCollection } from '../collection.ts';
import { cleanSeed, renderBook, type BuildSettings, type BuiltBook, type OutputFormat, type Stage, type StageRunner } from '../index.ts';
import { allFormats, extensions } from '../output-formats.ts';
import type { Options as SpinOptions } from '../transforms/repair-spin.ts';
import { countWords, type BookFile } from './book-record.ts';
import { countBookWords } from './tree-words.ts';
import { settingsFrom, type BookOptions } from './config.ts';
import { parseSeedOverrides } from './config-schema.ts';
import { encodeChangeReport } from '../change-report.ts';
import type { CorpusStatistics } from '../corpus-statistics.ts';
import { explainError } from './explain-error.ts';
import type { SeedFile } from './seed-files.ts';
import { bookRecordFiles } from './book-record-files.ts';

export interface BookJob {
  slug: string;
  /** One seed, or the members of a collection in chapter order. */
  seeds: SeedFile[];
  /** Their bytes, read by the build (which refuses links out of the seed folders), in the same order. */
  bytes: Uint8Array[];
  collection?: { title: string; author?: string };
  /** Options from the config file; a seed's front matter may add its own on top. */
  options: BookOptions;
  /** What the build's first pass learned from the whole seed folder (boilerplate, near copies). */
  corpus?: CorpusStatistics;
  /** Spin repair settings of the build (lexicon files already read). */
  spin?: SpinOptions;
  /** Formats to write this time (the stale ones). */
  formats: OutputFormat[];
  /** Outputs of earlier builds that stay in out/ (still fresh), for the catalog record. */
  kept: BookFile[];
  buildDate: Date;
}

export interface BookJobResult {
  ok: boolean;
  error?: string;
  metadata?: BookMetadata;
  /** Formats written, with their sizes; formats a seed's front matter turned off are left out. */
  written: Partial<Record<OutputFormat, number>>;
  words: number;
  changes: number;
  warnings: number;
  /** The cleanup summary of a seed: changes by kind and the quality score. */
  summaryLine?: string;
  /** Bytes of the cleanup report, out/<slug>.report.md (single seeds only). */
  reportBytes?: number;
  /** The catalog's files for the book (book record, cover), for the cache record. */
  catalogFiles?: string[];
  /** Every file to write into out/, [name, bytes], in writing order: the catalog record last. */
  files: Array<[string, Uint8Array]>;
  /** Milliseconds per stage, summed over the seeds of the job. */
  timings: Partial<Record<Stage, number>>;
}

export default async function buildBookJob(job: BookJob): Promise<BookJobResult> {
  const timings: Partial<Record<Stage, number>> = {};
  const result: BookJobResult = { ok: false, written: {}, words: 0, changes: 0, warnings: 0, files: [], timings };
  const files: Array<[string, Uint8Array]> = [];
  let reportFile: string | undefined;
  let current = job.seeds[0]?.path ?? job.slug;
  try {
    const fromConfig = settingsFrom(job.options);
    const settings: BuildSettings = {
      ...fromConfig,
      cleanup: { ...fromConfig.cleanup, ...(job.corpus ? { corpus: job.corpus } : {}), ...(job.spin ? { spin: job.spin } : {}) },
      formats: job.formats,
      buildDate: job.buildDate,
      seedOverrides: (frontMatter, seedPath) => overridesFrom(frontMatter.ebook, seedPath, job, settings),
      stage: stopwatch(timings),
      ...collectorFor(job),
    };
    // The cleaned tree is the largest thing a job holds (some 15 times the seed): made and dropped in
    // there, so a long book's report and catalog files are made without it (the 20 MB seed's peak).
    const { metadata, report, outputs, words } = await cleanAndRender(job, settings, (place) => (current = place));
    settings.settle?.();
    if (!job.collection) {
      const changeReport = encodeChangeReport(report, metadata.title);
      reportFile = `${job.slug}.report.md`;
      files.push([reportFile, changeReport]);
      result.reportBytes = changeReport.byteLength;
    }
    const written: BookFile[] = [];
    for (const format of allFormats) {
      const bytes = outputs[format];
      if (!bytes) continue;
      const name = `${job.slug}.${extensions[format]}`;
      files.push([name, bytes]);
      written.push({ format, name, bytes: bytes.byteLength });
      result.written[format] = bytes.byteLength;
    }
    result.metadata = metadata;
    // The catalog record lists every output of the book that will be in out/, this build's and earlier fresh ones.
    const listed = [...written, ...job.kept.filter((kept) => !written.some((file) => file.format === kept.format))];
    listed.sort((a, b) => allFormats.indexOf(a.format) - allFormats.indexOf(b.format));
    const catalog = bookRecordFiles({ metadata, report, words }, listed, reportFile, job.buildDate);
    // The build's counts are the record's: made after rendering, since the PDF renderer reports characters no font has.
    result.words = catalog.record.words;
    result.changes = catalog.record.cleanup.changes;
    result.warnings = catalog.record.cleanup.warnings;
    if (!job.collection) result.summaryLine = catalog.record.cleanup.line;
    result.catalogFiles = catalog.files.map(([name]) => name);
    result.files = [...files, ...catalog.files];
    result.ok = true;
  } catch (error) {
    result.error = explainError(error, current);
  }
  return result;
}

async function cleanAndRender(job: BookJob, settings: BuildSettings, working: (place: string) => void): Promise<{ metadata: BookMetadata; report: VFile; outputs: BuiltBook['outputs']; words: number }> {
  const books: Book[] = [];
  const reports: VFile[] = [];
  let bookSettings = settings;
  for (const [index, seed] of job.seeds.entries()) {
    working(seed.path);
    const bytes = job.bytes[index]!;
    const cleaned = await cleanSeed({ path: seed.path, bytes, kind: seed.kind, slug: job.collection ? seed.slug : job.slug }, settings.cleanup, settings);
    books.push(cleaned.book);
    reports.push(cleaned.report);
    bookSettings = cleaned.settings;
  }
  if (job.collection) working(`collection ${job.slug}`);
  const book = job.collection
    ? bindCollection(books, { slug: job.slug, title: job.collection.title, language: settings.language ?? books[0]?.metadata.language ?? 'en', ...(job.collection.author ? { author: job.collection.author } : {}) })
    : books[0]!;
  // A collection is rendered with the config's settings; a seed with its own overrides applied.
  // A collection's report gathers its members' messages (the catalog's cleanup line counts them all).
  const report = job.collection ? gatherReports(reports, job.slug) : reports[0]!;
  const outputs = await renderBook(book, job.collection ? settings : bookSettings, report);
  // The catalog counts the words of the Markdown; when this build wrote none, they are read from the tree.
  return { metadata: book.metadata, report, outputs, words: outputs.markdown ? countWords(outputs.markdown) : countBookWords(book) };
}

// Front matter may narrow the formats, never add ones this build was not asked for.
function overridesFrom(value: unknown, seedPath: string, job: BookJob, settings: BuildSettings): Partial<BuildSettings> {
  const overrides = settingsFrom(parseSeedOverrides(value, seedPath));
  if (overrides.formats) overrides.formats = job.formats.filter((format) => overrides.formats!.includes(format));
  // The seed's rule switches and caption choice go on top of the build's, corpus statistics kept.
  if (overrides.cleanup) overrides.cleanup = { ...settings.cleanup, ...overrides.cleanup, transforms: { ...settings.cleanup?.transforms, ...overrides.cleanup.transforms } };
  return overrides;
}

function gatherReports(reports: readonly VFile[], slug: string): VFile {
  const gathered = new VFile({ path: slug });
  gathered.messages.push(...reports.flatMap((report) => report.messages));
  return gathered;
}

/** Seeds from this size on are long books, whose heap is collected after each step. */
export const longBookBytes = 4 * 1024 * 1024;

/**
 * A long book's steps each make and drop whole-book trees and strings, and V8 lets a heap grow by
 * half what survived its last full collection before the next: garbage, not the tree, set the 20 MB
 * seed's peak. Collected after each transform and render, its heap holds little more than the tree
 * (bench, 20 MB seed: peak 1,000–1,024 MB before, 891 MB after, and no slower: transforms 17–21 s
 * against 22 s). A short book is not worth it: a 1 MB seed built 7% slower for a peak already far
 * under the limit. The pool exposes gc to its workers (pool.ts); without it nothing is collected.
 */
export function collectorFor(job: Pick<BookJob, 'bytes'>): { settle?: () => void } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const bytes = job.bytes.reduce((sum, seed) => sum + seed.byteLength, 0);
  return gc && bytes >= longBookBytes ? { settle: () => gc() } : {};
}

function stopwatch(timings: Partial<Record<Stage, number>>): StageRunner {
  return (stage, run) => {
    const start = performance.now();
    const add = () => (timings[stage] = (timings[stage] ?? 0) + performance.now() - start);
    const value = run();
    if (value instanceof Promise) return value.finally(add) as typeof value;
    add();
    return value;
  };
}
