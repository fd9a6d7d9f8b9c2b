// The build's cache record of each book it wrote: out/.books/<slug>.json. It holds the cache keys
// per output and the list of files to remove when the seed goes away. (The catalog's own record,
// out/<slug>.book.json, is book-record.ts; this one is the build's bookkeeping only.)
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BookMetadata } from '../book.ts';
import type { OutputFormat } from '../index.ts';
import { writeAtomic } from './write-atomic.ts';

export const recordsFolder = '.books';

export interface OutputRecord {
  /** File name in the output folder. */
  file: string;
  /** Cache key of the inputs it was built from. */
  key: string;
  bytes: number;
}

export interface CacheRecord {
  slug: string;
  kind: 'seed' | 'collection';
  /** Seed paths the book was built from, as the build was given them. */
  sources: string[];
  metadata: BookMetadata;
  words: number;
  /** Cleanup changes applied (info messages) and warnings left for a person. */
  changes: number;
  warnings: number;
  outputs: Partial<Record<OutputFormat, OutputRecord>>;
  /** The cleanup summary line of a single seed. */
  summaryLine?: string;
  /** The cleanup report, out/<slug>.report.md (single seeds only). */
  report?: OutputRecord;
  /** The catalog's files for the book (out/<slug>.book.json, out/<slug>.cover.svg), rewritten with any output. */
  files?: string[];
  /** Formats the seed's own front matter excluded, with the key that decided it. */
  declined?: Partial<Record<OutputFormat, string>>;
}

export function recordPath(outDir: string, slug: string): string {
  return path.join(outDir, recordsFolder, `${slug}.json`);
}

export async function readRecord(outDir: string, slug: string): Promise<CacheRecord | undefined> {
  try {
    return JSON.parse(await readFile(recordPath(outDir, slug), 'utf8')) as CacheRecord;
  } catch {
    return undefined;
  }
}

export async function writeRecord(outDir: string, record: CacheRecord): Promise<void> {
  await writeAtomic(recordPath(outDir, record.slug), new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
}

export async function listRecordSlugs(outDir: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(outDir, recordsFolder));
    return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
  } catch {
    return [];
  }
}

/** Removes a book's outputs, only the files its record says the build wrote, then the record. */
export async function removeBook(outDir: string, slug: string): Promise<string[]> {
  const record = await readRecord(outDir, slug);
  const files = [...Object.values(record?.outputs ?? {}), ...(record?.report ? [record.report] : [])].map((output) => output.file).concat(record?.files ?? []);
  await Promise.all(files.map((file) => rm(path.join(outDir, path.basename(file)), { force: true })));
  await rm(recordPath(outDir, slug), { force: true });
  return files;
}
