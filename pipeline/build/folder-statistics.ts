// The build's first pass over a seeds folder: what the cleanup learns from the whole folder
// (boilerplate no rule names, seeds scraped twice). Every seed is read and hashed; only a seed whose
// bytes have no cached summary is parsed (without cleaning it), and when no seed changed at all the
// last statistics are taken as they are. The hashes go on to the cache keys, so a seed is read once
// in a rebuild where nothing changed. A seed that cannot be read or parsed is skipped here; the
// second pass reports it.
import { createHash } from 'node:crypto';
import { statisticsOf, type CorpusStatistics, type SeedSummary } from '../corpus-statistics.ts';
import { digestOf } from './fingerprint.ts';
import { readCachedStatistics, readCachedSummaries, writeCachedStatistics, writeCachedSummaries, type CachedSummary } from './folder-statistics-cache.ts';
import type { BookPool } from './pool.ts';
import type { SeedFile } from './seed-files.ts';
import { readSeed } from './read-seed.ts';

export interface FolderPass {
  statistics: CorpusStatistics;
  /** The sha256 of each seed's bytes as this pass read them, by seed path; none for a seed that could not be read. */
  digests: Map<string, Uint8Array>;
}

// Files read at once: enough to hide the file system's latency, few enough that a folder of large
// seeds is not all in memory together.
const readers = 8;

/** Where seeds are summarized: the build's worker pool, or `summarizeHere`. */
export type Summarizer = Pick<BookPool, 'maxThreads' | 'summarize'>;

export async function gatherFolderStatistics(seeds: readonly SeedFile[], outDir: string, pipeline: string, summarizer: Summarizer = summarizeHere): Promise<FolderPass> {
  const digests = new Map<string, Uint8Array>();
  const queue = [...seeds];
  const reader = async () => {
    for (let seed = queue.shift(); seed; seed = queue.shift()) {
      const bytes = await readSeed(seed).catch(() => undefined);
      if (bytes) digests.set(seed.path, digestOf(bytes));
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));

  // The statistics depend on each seed's path, kind and bytes, and on their order.
  const folderHash = createHash('sha256').update(pipeline);
  for (const seed of seeds) folderHash.update(`\0${seed.path}\0${seed.kind}\0`).update(digests.get(seed.path) ?? '');
  const folderKey = folderHash.digest('hex');
  const cached = await readCachedStatistics(outDir, folderKey);
  if (cached) return { statistics: cached, digests };

  const { summaries, settled } = await summarizeFolder(seeds, digests, outDir, pipeline, summarizer);
  const statistics = statisticsOf(summaries);
  if (settled) await writeCachedStatistics(outDir, folderKey, statistics);
  return { statistics, digests };
}

/** The summaries of the folder's seeds; `settled` is false when a seed changed while it was being read. */
async function summarizeFolder(seeds: readonly SeedFile[], digests: Map<string, Uint8Array>, outDir: string, pipeline: string, summarizer: Summarizer): Promise<{ summaries: SeedSummary[]; settled: boolean }> {
  const cached = await readCachedSummaries(outDir, pipeline);
  const found = seeds.map((seed) => {
    const digest = digests.get(seed.path);
    const key = digest && summaryKey(seed, digest);
    return { seed, digest, key, summary: key ? cached.get(key) : undefined };
  });
  const missing = found.filter((entry) => entry.digest && !entry.summary);
  let settled = true;
  const lane = async () => {
    for (let entry = missing.shift(); entry; entry = missing.shift()) {
      const bytes = await readSeed(entry.seed).catch(() => undefined);
      if (!bytes) continue;
      // A seed rewritten since it was hashed: its summary is used, but not filed under the old bytes.
      if (!Buffer.from(digestOf(bytes)).equals(entry.digest!)) {
        settled = false;
        entry.key = undefined;
      }
      // A worker that fails here (out of memory) fails the seed's own build too, with the reason.
      entry.summary = await summarizer.summarize({ path: entry.seed.path, kind: entry.seed.kind, bytes }).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: summarizer.maxThreads }, lane));

  const kept = new Map<string, CachedSummary>();
  const summaries: SeedSummary[] = [];
  for (const { seed, key, summary } of found) {
    if (!summary) continue;
    if (key) kept.set(key, summary);
    summaries.push({ path: seed.path, ...summary });
  }
  // Rewritten when a summary was added, or dropped with a seed that is gone or changed.
  if (kept.size !== cached.size || [...kept.keys()].some((key) => !cached.has(key))) await writeCachedSummaries(outDir, pipeline, kept);
  return { summaries, settled };
}

// The summary of a seed is the same whatever its name: its bytes and how they are parsed decide it.
function summaryKey(seed: SeedFile, digest: Uint8Array): string {
  return `${seed.kind}:${Buffer.from(digest).toString('hex')}`;
}

/**
 * Summarizes seeds in this thread, one at a time: for callers without a worker pool. The parser
 * is loaded with the first seed to summarize, so a rebuild where nothing changed does not load it.
 */
export const summarizeHere: Summarizer = {
  maxThreads: 1,
  summarize: async (job) => (await import('./summarize-job.ts')).summarizeSeedJob(job),
};
