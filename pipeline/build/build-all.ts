// Builds every book (each seed, and each collection of the config) into the output folder on a
// worker pool: only books whose inputs changed, only this machine's shard; a failing book fails alone.
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Stage } from '../index.ts';
import { allFormats, extensions, type OutputFormat } from '../output-formats.ts';
import { listRecordSlugs, readRecord, recordsFolder, removeBook, writeRecord, type CacheRecord } from './cache-record.ts';
import type { BookOptions, Collection } from './config.ts';
import type { CorpusStatistics } from '../corpus-statistics.ts';
import type { Options as SpinOptions } from '../transforms/repair-spin.ts';
import { cacheKey, digestOf, pipelineFingerprint } from './fingerprint.ts';
import { gatherFolderStatistics, type FolderPass } from './folder-statistics.ts';
import { createBookPool, explainWorkerStop, type BookPool } from './pool.ts';
import { kindOf, listSeedFiles, slugFromFileName, type SeedFile } from './seed-files.ts';
import { inShard, type Shard } from './shard.ts';
import { spinOptions, type SpinSettings } from './spin-settings.ts';
import type { BookJob, BookJobResult } from './worker.ts';
import { catalogIsCurrent, clearCatalogPending, markCatalogPending } from './catalog-pending.ts';
import { writeAllAtomic } from './write-atomic.ts';
import { readSeed } from './read-seed.ts';
import { prepareOutputFolder } from './output-folder.ts';
import { explainWriteError } from './output-error.ts';
import { explainError } from './explain-error.ts';
import type { BookFile } from './book-record.ts';

export interface BuildAllOptions {
  seedsDirs: readonly string[];
  outDir: string;
  /** Used when a seed gives no date of its own; fixed so that rebuilds are byte-identical. */
  buildDate: Date;
  /** Book options of the config file. */
  options?: BookOptions;
  /** Formats asked for on the command line; narrows the config's formats. */
  formats?: readonly OutputFormat[];
  collections?: readonly Collection[];
  /** Build only these seed files (and the collections holding them); nothing is removed. */
  only?: readonly string[];
  /** Rebuild even books whose outputs are up to date. */
  force?: boolean;
  shard?: Shard;
  /** Folder that collection seed paths are relative to; the current folder by default. */
  root?: string;
  reporter: BuildReporter;
  /** A pool to reuse (watch mode); otherwise one is made for this build and closed after. */
  pool?: BookPool;
  /** Spin repair settings (see README, "Spin repair"). Default: repair with the built-in lexicon. */
  spin?: SpinSettings;
}

export interface BookResult {
  slug: string;
  sources: string[];
  status: 'built' | 'up to date' | 'failed';
  formats: OutputFormat[];
  words: number;
  changes: number;
  warnings: number;
  /** The cleanup summary (changes by kind, quality score) of a single seed. */
  summaryLine?: string;
  milliseconds: number;
  error?: string;
}

export interface BuildAllSummary {
  results: BookResult[];
  built: number;
  upToDate: number;
  failed: number;
  /** Books whose seed is gone; their outputs were removed. */
  removed: string[];
  milliseconds: number;
  /** Milliseconds per stage, summed over every book built (worker time, not wall time). */
  timings: Partial<Record<Stage, number>>;
  outDir: string;
  /** The catalog step's line (books listed, records skipped), after out/index.html and out/opds.xml were written. */
  catalog?: string;
}

/** What the terminal (or a JSON consumer) hears while the build runs. */
export interface BuildReporter {
  /** A remark about the output folder before the build starts (a stale lock or unfinished files removed). */
  note?(line: string): void;
  start(books: number, stale: number): void;
  bookStarted(slug: string): void;
  bookDone(result: BookResult): void;
  finish(summary: BuildAllSummary): void;
}

interface PlannedBook {
  job: Omit<BookJob, 'formats' | 'kept'>;
  key: string;
  record: CacheRecord | undefined;
  stale: OutputFormat[];
  /** A problem found before building (a collection naming a missing seed). */
  error?: string;
}

export async function buildAll(options: BuildAllOptions): Promise<BuildAllSummary> {
  const started = performance.now();
  // A bad lexicon stops the build before any seed; the pairs are read once and go to every worker.
  const spin = options.spin ? await spinOptions(options.spin) : undefined;
  const seeds = await listSeedFiles(options.seedsDirs);
  // One build per output folder (per share of it, when shards share a folder); held until the catalog is written.
  const lock = await prepareOutputFolder(options.outDir, (line) => options.reporter.note?.(line), options.shard);
  try {
    return await buildLocked(options, started, spin, seeds);
  } finally {
    await lock.release();
  }
}

async function buildLocked(options: BuildAllOptions, started: number, spin: SpinOptions | undefined, seeds: SeedFile[]): Promise<BuildAllSummary> {
  await mkdir(path.join(options.outDir, recordsFolder), { recursive: true }).catch((error: unknown) => {
    throw explainWriteError(error, path.join(options.outDir, recordsFolder));
  });
  const formats = wantedFormats(options);
  const everyBook = [...seeds.map((seed) => ({ slug: seed.slug, seeds: [seed] })), ...collectionBooks(options, seeds)];
  const chosen = options.only ? chooseBooks(everyBook, options.only, seeds) : everyBook;
  const mine = chosen.filter((book) => inShard(book.slug, options.shard));
  const pipeline = await pipelineFingerprint();
  const pool = options.pool ?? createBookPool();
  const summary: BuildAllSummary = { results: [], built: 0, upToDate: 0, failed: 0, removed: [], milliseconds: 0, timings: {}, outDir: options.outDir };
  let catalogPending = false;
  try {
    // First pass: what recurs across the whole folder (boilerplate no rule names, seeds scraped twice).
    // Every shard reads all seeds here, so all shares learn the same thing. Seeds without a cached
    // summary are parsed on the pool, whose threads then build the books.
    const folder = await gatherFolderStatistics(seeds, options.outDir, pipeline, pool);
    const plans = await Promise.all(mine.map((book) => planBook(book, formats, pipeline, options, folder, spin)));
    const stale = plans.filter((plan) => plan.stale.length > 0 || plan.error).length;
    options.reporter.start(plans.length, stale);
    catalogPending = stale > 0;
    if (catalogPending) await markCatalogPending(options.outDir, options.shard);
    // As many books in flight as threads, so "started" means started and each book's time is its own.
    const queue = [...plans];
    const lane = async () => {
      for (let plan = queue.shift(); plan; plan = queue.shift()) {
        const result = await runPlan(plan, formats, pool, options, summary.timings);
        summary.results.push(result);
        options.reporter.bookDone(result);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, pool.maxThreads) }, lane));
  } finally {
    if (!options.pool) await pool.destroy();
  }
  if (!options.only) {
    const gone = await goneBooks(options, new Set(everyBook.map((book) => book.slug)));
    if (gone.length > 0 && !catalogPending) await markCatalogPending(options.outDir, options.shard);
    catalogPending ||= gone.length > 0;
    for (const slug of gone) await removeBook(options.outDir, slug);
    summary.removed = gone;
  }
  if (catalogPending || !(await catalogIsCurrent(options.outDir))) {
    // From out/ alone, so it lists this build's books and any other shard's that are already there;
    // written under the same lock as the books it lists. Loaded only here (a template engine).
    const { writeCatalog } = await import('./write-catalog.ts');
    summary.catalog = await writeCatalog(options.outDir);
    await clearCatalogPending(options.outDir, options.shard);
  } else {
    summary.catalog = `Catalog: up to date → ${path.join(options.outDir, 'index.html')}, ${path.join(options.outDir, 'opds.xml')}`;
  }

  summary.results.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const result of summary.results) {
    if (result.status === 'built') summary.built += 1;
    else if (result.status === 'up to date') summary.upToDate += 1;
    else summary.failed += 1;
  }
  summary.milliseconds = performance.now() - started;
  options.reporter.finish(summary);
  return summary;
}

function wantedFormats(options: BuildAllOptions): OutputFormat[] {
  const configured = options.options?.formats ?? allFormats;
  return allFormats.filter((format) => configured.includes(format) && (!options.formats || options.formats.includes(format)));
}

interface BookSource {
  slug: string;
  seeds: SeedFile[];
  collection?: Collection;
  missing?: string[];
}

function collectionBooks(options: BuildAllOptions, seeds: SeedFile[]): BookSource[] {
  const root = options.root ?? process.cwd();
  const byPath = new Map(seeds.map((seed) => [path.resolve(seed.path), seed]));
  const taken = new Set(seeds.map((seed) => seed.slug));
  return (options.collections ?? []).map((collection) => {
    const members = collection.seeds.map((seedPath) => byPath.get(path.resolve(root, seedPath)) ?? seedOutsideFolders(path.resolve(root, seedPath)));
    const missing = collection.seeds.filter((_, index) => !members[index]);
    const slug = taken.has(collection.slug) ? `${collection.slug}-collection` : collection.slug;
    taken.add(slug);
    return { slug, seeds: members.filter((seed): seed is SeedFile => seed !== undefined), collection, missing };
  });
}

// A chosen file outside the seed folders still builds, named after its file name.
function seedOutsideFolders(file: string, slug = slugFromFileName(file)): SeedFile | undefined {
  const kind = kindOf(file);
  return kind && existsSync(file) ? { path: file, kind, slug } : undefined;
}

function chooseBooks(books: BookSource[], only: readonly string[], seeds: SeedFile[]): BookSource[] {
  const wanted = new Set(only.map((file) => path.resolve(file)));
  const chosen = books.filter((book) => book.seeds.some((seed) => wanted.has(path.resolve(seed.path))));
  const known = new Set(seeds.map((seed) => path.resolve(seed.path)));
  for (const file of wanted) {
    if (known.has(file)) continue;
    const seed = seedOutsideFolders(file);
    chosen.push(seed ? { slug: seed.slug, seeds: [seed] } : { slug: slugFromFileName(file), seeds: [], missing: [file] });
  }
  return chosen;
}

async function planBook(book: BookSource, formats: OutputFormat[], pipeline: string, options: BuildAllOptions, folder: FolderPass, spin: SpinOptions | undefined): Promise<PlannedBook> {
  const collection = book.collection ? { title: book.collection.title, ...(book.collection.author ? { author: book.collection.author } : {}) } : undefined;
  const corpus = corpusFor(book.seeds, folder.statistics);
  const job: PlannedBook['job'] = { slug: book.slug, seeds: book.seeds, bytes: [], options: options.options ?? {}, corpus, buildDate: options.buildDate, ...(collection ? { collection } : {}), ...(spin ? { spin } : {}) };
  const record = await readRecord(options.outDir, book.slug);
  if (book.missing && book.missing.length > 0) {
    const where = book.collection ? `collection "${book.slug}" lists ${book.missing.join(', ')}, which is not a .txt or .md seed that exists.` : `${book.missing.join(', ')}: is not a .txt or .md seed that exists.`;
    return { job, key: '', record, stale: formats, error: `${where} Check the path.` };
  }
  const settings = { options: job.options, corpus, spin, buildDate: job.buildDate, collection, sources: book.seeds.map((seed) => seed.slug) };
  // The first pass hashed every seed of the folders: a book whose outputs are fresh is not read again.
  const digests = book.seeds.map((seed) => folder.digests.get(seed.path));
  if (!options.force && digests.every((digest) => digest !== undefined)) {
    const key = cacheKey(pipeline, settings, digests as Uint8Array[]);
    const stale = await staleFormats(record, formats, key, options.outDir);
    if (stale.length === 0) return { job, key, record, stale };
  }
  let reading = book.seeds[0]?.path ?? book.slug;
  try {
    // Read here, not in the worker: links out of the seed folders are refused, and a seed that
    // cannot be read fails alone with the reason.
    const bytes: Uint8Array[] = [];
    for (const seed of book.seeds) {
      reading = seed.path;
      bytes.push(await readSeed(seed));
    }
    // Keyed by the bytes the worker gets (a seed may have changed since the first pass).
    const key = cacheKey(pipeline, settings, bytes.map(digestOf));
    const stale = options.force ? formats : await staleFormats(record, formats, key, options.outDir);
    // Kept only for books the workers will build, so a no-op rebuild does not hold the library in memory.
    if (stale.length > 0) job.bytes = bytes;
    return { job, key, record, stale };
  } catch (error) {
    return { job, key: '', record, stale: formats, error: explainError(error, reading) };
  }
}

async function staleFormats(record: CacheRecord | undefined, formats: OutputFormat[], key: string, outDir: string): Promise<OutputFormat[]> {
  const fresh = await Promise.all(formats.map((format) => isFresh(record, format, key, outDir)));
  const stale = formats.filter((_, index) => !fresh[index]);
  // The report, cover and catalog record are made with any output: one deleted by hand is made again
  // by rebuilding the book, or the catalog would link a file that is gone.
  if (stale.length === 0 && record && !(await companionsPresent(record, outDir))) return formats;
  return stale;
}

async function companionsPresent(record: CacheRecord, outDir: string): Promise<boolean> {
  const names = [...(record.report ? [record.report.file] : []), ...(record.files ?? [])];
  const present = await Promise.all(names.map((name) => stat(path.join(outDir, name)).then((info) => info.isFile(), () => false)));
  return present.every(Boolean);
}

// Only what concerns these seeds, so that a new seed elsewhere in the folder rebuilds nothing
// unless it changes the folder's boilerplate or is a near copy of one of them.
function corpusFor(seeds: readonly SeedFile[], folder: CorpusStatistics): CorpusStatistics {
  const nearDuplicates: CorpusStatistics['nearDuplicates'] = {};
  for (const seed of seeds) {
    const duplicate = folder.nearDuplicates[seed.path];
    if (duplicate) nearDuplicates[seed.path] = duplicate;
  }
  return { edgeBoilerplate: folder.edgeBoilerplate, nearDuplicates };
}

async function isFresh(record: CacheRecord | undefined, format: OutputFormat, key: string, outDir: string): Promise<boolean> {
  if (record?.declined?.[format] === key) return true;
  const output = record?.outputs[format];
  if (output?.key !== key) return false;
  return stat(path.join(outDir, output.file)).then((info) => info.size === output.bytes, () => false);
}

async function runPlan(plan: PlannedBook, formats: OutputFormat[], pool: BookPool, options: BuildAllOptions, timings: BuildAllSummary['timings']): Promise<BookResult> {
  const base = { slug: plan.job.slug, sources: plan.job.seeds.map((seed) => seed.path) };
  if (plan.error) return { ...base, status: 'failed', formats: [], words: 0, changes: 0, warnings: 0, milliseconds: 0, error: plan.error };
  if (plan.stale.length === 0 && plan.record) {
    const { record } = plan;
    return { ...base, status: 'up to date', formats: formats.filter((format) => record.outputs[format]), words: record.words, changes: record.changes, warnings: record.warnings, milliseconds: 0, ...(record.summaryLine ? { summaryLine: record.summaryLine } : {}) };
  }
  options.reporter.bookStarted(plan.job.slug);
  const started = performance.now();
  let outcome: BookJobResult;
  try {
    outcome = await pool.run({ ...plan.job, formats: plan.stale, kept: keptFiles(plan) });
  } catch (error) {
    // The worker died in the middle of the book (out of memory, a crash): the book fails alone.
    return { ...base, status: 'failed', formats: [], words: 0, changes: 0, warnings: 0, milliseconds: performance.now() - started, error: explainWorkerStop(error, base.sources.join(', ') || plan.job.slug) };
  }
  for (const [stage, time] of Object.entries(outcome.timings)) timings[stage as Stage] = (timings[stage as Stage] ?? 0) + time;
  if (!outcome.ok || !outcome.metadata) {
    return { ...base, status: 'failed', formats: [], words: 0, changes: 0, warnings: 0, milliseconds: performance.now() - started, error: outcome.error ?? `${plan.job.slug}: failed without a reason` };
  }
  try {
    // All of the book's files or none (the previous set stays), and the cache record only after
    // them, so an interrupted or failed write is rebuilt next time rather than taken as fresh.
    await writeAllAtomic(outcome.files.map(([name, bytes]) => [path.join(options.outDir, name), bytes] as const));
    await writeRecord(options.outDir, recordOf(plan, outcome));
  } catch (error) {
    return { ...base, status: 'failed', formats: [], words: 0, changes: 0, warnings: 0, milliseconds: performance.now() - started, error: explainError(error, plan.job.slug) };
  }
  const milliseconds = performance.now() - started;
  return { ...base, status: 'built', formats: plan.stale.filter((format) => outcome.written[format] !== undefined), words: outcome.words, changes: outcome.changes, warnings: outcome.warnings, milliseconds, ...(outcome.summaryLine ? { summaryLine: outcome.summaryLine } : {}) };
}

// Outputs of earlier builds that stay (fresh, not rebuilt now), so the catalog record lists them too.
function keptFiles(plan: PlannedBook): BookFile[] {
  return Object.entries(plan.record?.outputs ?? {})
    .filter(([format]) => !plan.stale.includes(format as OutputFormat))
    .map(([format, output]) => ({ format: format as OutputFormat, name: output.file, bytes: output.bytes }));
}

function recordOf(plan: PlannedBook, outcome: BookJobResult): CacheRecord {
  const outputs: CacheRecord['outputs'] = { ...plan.record?.outputs };
  const declined: NonNullable<CacheRecord['declined']> = { ...plan.record?.declined };
  for (const format of plan.stale) {
    const bytes = outcome.written[format];
    if (bytes === undefined) {
      declined[format] = plan.key;
      delete outputs[format];
    } else {
      outputs[format] = { file: `${plan.job.slug}.${extensions[format]}`, key: plan.key, bytes };
      delete declined[format];
    }
  }
  return {
    slug: plan.job.slug,
    kind: plan.job.collection ? 'collection' : 'seed',
    sources: plan.job.seeds.map((seed) => seed.path),
    metadata: outcome.metadata!,
    words: outcome.words,
    changes: outcome.changes,
    warnings: outcome.warnings,
    ...(outcome.summaryLine ? { summaryLine: outcome.summaryLine } : {}),
    outputs,
    ...(outcome.reportBytes !== undefined ? { report: { file: `${plan.job.slug}.report.md`, key: plan.key, bytes: outcome.reportBytes } } : plan.record?.report ? { report: plan.record.report } : {}),
    ...(Object.keys(declined).length > 0 ? { declined } : {}),
    files: outcome.catalogFiles ?? plan.record?.files ?? [],
  };
}

// A record whose book is no longer among the seeds (deleted or renamed): what it wrote is removed.
// Each shard only removes books of its own share, so shards never undo each other's work.
async function goneBooks(options: BuildAllOptions, present: Set<string>): Promise<string[]> {
  return (await listRecordSlugs(options.outDir)).filter((slug) => !present.has(slug) && inShard(slug, options.shard));
}
