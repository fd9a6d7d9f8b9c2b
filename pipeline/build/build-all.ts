// Builds every seed of a folder into out/, one seed at a time; a failing seed fails alone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSeed, type BuiltBook } from '../index.ts';
import type { PageSize } from '../render/pdf.ts';
import { isSeedError } from '../seed-error.ts';
import type { CleanupSettings } from '../transforms/settings.ts';
import { renderChangeReport, summarizeChanges } from '../change-report.ts';
import { gatherFolderStatistics } from './folder-statistics.ts';
import { LexiconError, parseLexicon, type SpinPair } from '../spin/lexicon.ts';
import type { Options as SpinOptions } from '../transforms/repair-spin.ts';
import { listSeedFiles, type SeedFile } from './seed-files.ts';
import { writeBookRecord } from './write-book-record.ts';
import { writeCatalog } from './write-catalog.ts';
import { writeAtomic, writeAllAtomic } from './write-atomic.ts';
import { readSeed } from './read-seed.ts';
import { prepareOutputFolder } from './output-folder.ts';
import { isOutputError } from './output-error.ts';

export interface BuildAllOptions {
  seedsDir: string;
  outDir: string;
  /** Used when a seed gives no date of its own; fixed so that rebuilds are byte-identical. */
  buildDate: Date;
  /** Cleanup settings for every seed (transforms switched off, captions dropped). Default: all on. */
  cleanup?: CleanupSettings;
  /** Paper size of the PDFs; A5 when absent. */
  pageSize?: PageSize;
  /** Receives one line per seed and the summary. */
  log: (line: string) => void;
  /** Spin repair settings (see README, "Spin repair"). Default: repair with the built-in lexicon. */
  spin?: SpinSettings;
}

export interface SpinSettings {
  /** The user's own lexicon files (same TSV columns as data/spin-lexicon.tsv), added to the built-in one. */
  lexiconFiles?: string[];
  /** Report what would be repaired, change nothing. */
  reportOnly?: boolean;
}

export interface SeedResult {
  seed: SeedFile;
  ok: boolean;
  /** The outputs written, relative to the output folder. */
  outputs: string[];
  words: number;
  changes: number;
  /** The cleanup summary: changes by kind and the quality score. */
  cleanupSummary?: string;
  /** Why the seed failed, in one line. */
  error?: string;
}

export interface BuildAllSummary {
  results: SeedResult[];
  failed: number;
}

export async function buildAll(options: BuildAllOptions): Promise<BuildAllSummary> {
  if (options.spin) await spinOptions(options.spin); // a bad lexicon stops the build before any seed
  const seeds = await listSeedFiles(options.seedsDir);
  const lock = await prepareOutputFolder(options.outDir, options.log);
  const results: SeedResult[] = [];
  let catalogLine = '';
  try {
    // First pass: what recurs across the folder (boilerplate no rule names, seeds scraped twice).
    const corpus = await gatherFolderStatistics(seeds, options.seedsDir);
    const cleanup: CleanupSettings = { ...options.cleanup, corpus, ...(options.spin ? { spin: await spinOptions(options.spin) } : {}) };
    for (const seed of seeds) {
      const result = await buildOne(seed, options, cleanup);
      options.log(describeResult(result));
      results.push(result);
    }
    // The catalog is written under the same lock as the books it lists.
    catalogLine = await writeCatalog(options.outDir);
  } finally {
    await lock.release();
  }
  const failed = results.filter((result) => !result.ok).length;
  options.log(`${results.length} seed${results.length === 1 ? '' : 's'}: ${results.length - failed} built, ${failed} failed → ${options.outDir}`);
  if (seeds.length === 0) options.log(`No .txt or .md seeds found in ${options.seedsDir}.`);
  options.log(catalogLine);
  return { results, failed };
}

async function buildOne(seed: SeedFile, options: BuildAllOptions, cleanup: CleanupSettings): Promise<SeedResult> {
  try {
    const bytes = await readSeed(seed.path, options.seedsDir);
    const built = await buildSeed({ path: seed.path, bytes, kind: seed.kind, slug: seed.slug }, { buildDate: options.buildDate, cleanup, ...(options.pageSize ? { pageSize: options.pageSize } : {}) });
    const outputs = await writeOutputs(built, seed.slug, options.outDir);
    await writeBookRecord(built, outputs, options.outDir, options.buildDate);
    const summary = summarizeChanges(built.report);
    return { seed, ok: true, outputs, words: countWords(built), changes: summary.changes, cleanupSummary: summary.line };
  } catch (error) {
    return { seed, ok: false, outputs: [], words: 0, changes: 0, error: explain(error, seed) };
  }
}

async function writeOutputs(built: BuiltBook, slug: string, outDir: string): Promise<string[]> {
  const files: Array<[string, Uint8Array]> = [
    [`${slug}.md`, built.outputs.markdown],
    [`${slug}.epub`, built.outputs.epub],
    [`${slug}.pdf`, built.outputs.pdf],
    [`${slug}.report.md`, new TextEncoder().encode(renderChangeReport(built.report, built.book.metadata.title))],
  ];
  await writeAllAtomic(files.map(([name, bytes]) => [path.join(outDir, name), bytes] as const));
  return files.map(([name]) => name);
}

// The user's lexicon files are read once for the whole build.
async function spinOptions(spin: SpinSettings): Promise<SpinOptions> {
  const extraPairs: SpinPair[] = [];
  for (const file of spin.lexiconFiles ?? []) {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new LexiconError(file, `cannot be read (${error.code ?? error.message}).`, 'Check the path given to --spin-lexicon.');
    });
    extraPairs.push(...parseLexicon(text, file));
  }
  return { ...(spin.reportOnly ? { reportOnly: true } : {}), ...(extraPairs.length > 0 ? { extraPairs } : {}) };
}

function countWords(built: BuiltBook): number {
  return new TextDecoder().decode(built.outputs.markdown).split(/\s+/).filter(Boolean).length;
}

// User mistakes are one line with what to do; anything else is a bug in the pipeline, said plainly.
function explain(error: unknown, seed: SeedFile): string {
  if (isSeedError(error) || isOutputError(error)) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return `${seed.path}: cannot be read (permission denied). Check the file's permissions.`;
  if (code === 'EISDIR') return `${seed.path}: is a folder, not a seed file.`;
  if (code === 'ENOENT') return `${seed.path}: could not be found (a broken link?). Remove it or point it at a file.`;
  const reason = error instanceof Error ? error.message : String(error);
  return `${seed.path}: internal error while building (${reason}). Please report it with this seed.`;
}

function describeResult(result: SeedResult): string {
  if (!result.ok) return `✗ ${result.error}`;
  const formats = result.outputs.filter((name) => !name.endsWith('.report.md')).map((name) => path.extname(name).slice(1)).join(', ');
  return `✓ ${result.seed.path} → ${result.seed.slug} (${formats}; ${result.words} words) — ${result.cleanupSummary ?? `${result.changes} changes`}`;
}
