// The folder pass's cache, kept beside the book records in out/.books: each seed's summary keyed by
// its bytes, so a rebuild parses only new or changed seeds; and the last statistics keyed by every
// seed's path and bytes, so a rebuild where nothing changed loads no summary at all. Both files are
// written atomically; one that is missing, unreadable or from another pipeline is taken as empty.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CorpusStatistics } from '../corpus-statistics.ts';
import { recordsFolder } from './cache-record.ts';
import { writeAtomic } from './write-atomic.ts';

// Not `.json`: every `.json` file of the records folder is a book's record.
const statisticsFile = 'folder-statistics.cache';
const summariesFile = 'seed-summaries.cache';

/** What the statistics keep of one seed, without its path (the same bytes may sit under two names). */
export interface CachedSummary {
  edges: string[];
  shingles: Uint32Array;
}

interface StatisticsCache {
  key: string;
  statistics: CorpusStatistics;
}

interface SummariesCache {
  pipeline: string;
  summaries: Map<string, CachedSummary>;
}

export async function readCachedStatistics(outDir: string, key: string): Promise<CorpusStatistics | undefined> {
  try {
    const cached = JSON.parse(await readFile(path.join(outDir, recordsFolder, statisticsFile), 'utf8')) as StatisticsCache;
    return cached.key === key ? cached.statistics : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCachedStatistics(outDir: string, key: string, statistics: CorpusStatistics): Promise<void> {
  const cached: StatisticsCache = { key, statistics };
  await writeAtomic(path.join(outDir, recordsFolder, statisticsFile), new TextEncoder().encode(`${JSON.stringify(cached)}\n`));
}

/** Summaries by `summaryKey`, those of this pipeline only (a code change may change what a summary holds). */
export async function readCachedSummaries(outDir: string, pipeline: string): Promise<Map<string, CachedSummary>> {
  try {
    const cached = deserialize(await readFile(path.join(outDir, recordsFolder, summariesFile))) as SummariesCache;
    return cached.pipeline === pipeline && cached.summaries instanceof Map ? cached.summaries : new Map();
  } catch {
    return new Map();
  }
}

export async function writeCachedSummaries(outDir: string, pipeline: string, summaries: Map<string, CachedSummary>): Promise<void> {
  const cached: SummariesCache = { pipeline, summaries };
  await writeAtomic(path.join(outDir, recordsFolder, summariesFile), serialize(cached));
}
