// Reads the book records in out/ and checks them against the files really there: the catalog is
// made from out/ alone, whichever builds (one, several shards, an older run) filled it.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BookMetadata } from '../book.ts';
import type { BookFile, BookRecord } from './book-record.ts';
import { bookRecordFormat, recordSuffix } from './book-record-name.ts';

export interface ReadRecords {
  records: BookRecord[];
  /** Records left out, each with the reason in one line. */
  skipped: string[];
}

const formats = new Set<BookFile['format']>(['epub', 'pdf', 'markdown']);

export async function readBookRecords(outDir: string): Promise<ReadRecords> {
  const names = (await readdir(outDir)).filter((name) => name.endsWith(recordSuffix)).sort();
  const records: BookRecord[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    try {
      records.push(await readRecord(outDir, name));
    } catch (error) {
      skipped.push(`${path.join(outDir, name)}: ${(error as Error).message}`);
    }
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  records.sort((a, b) => collator.compare(a.metadata.title, b.metadata.title) || (a.metadata.slug < b.metadata.slug ? -1 : 1));
  return { records, skipped };
}

async function readRecord(outDir: string, name: string): Promise<BookRecord> {
  const record = JSON.parse(await readFile(path.join(outDir, name), 'utf8')) as Partial<BookRecord>;
  if (record.format !== bookRecordFormat) throw new Error(`not a book record of this version (${bookRecordFormat})`);
  if (typeof record.metadata?.title !== 'string' || `${record.metadata.slug}${recordSuffix}` !== name) throw new Error('has no title or a slug that does not match its file name');
  const metadata = cleanMetadata(record.metadata);
  const files: BookFile[] = [];
  for (const file of record.files ?? []) {
    if (!formats.has(file.format) || !isPlainName(file.name)) throw new Error(`lists an output that is not a file in this folder (${String(file.name)})`);
    // Sizes come from the disk, not the record: what the reader downloads is what is there now.
    const size = await sizeOf(path.join(outDir, file.name));
    if (size !== undefined) files.push({ format: file.format, name: file.name, bytes: size });
  }
  if (files.length === 0) throw new Error('none of its outputs are in the folder');
  const cover = (await isFileIn(outDir, record.cover)) ? (record.cover as string) : '';
  const cleanup: Partial<BookRecord['cleanup']> = record.cleanup ?? {};
  return {
    format: bookRecordFormat,
    metadata,
    words: count(record.words),
    readingMinutes: count(record.readingMinutes),
    cleanup: {
      changes: count(cleanup.changes),
      warnings: count(cleanup.warnings),
      score: count(cleanup.score),
      line: typeof cleanup.line === 'string' ? cleanup.line : '',
      rules: countsOf(cleanup.rules),
    },
    files,
    cover,
    ...(await isFileIn(outDir, record.report) ? { report: record.report as string } : {}),
    built: typeof record.built === 'string' && !Number.isNaN(Date.parse(record.built)) ? record.built : new Date(0).toISOString(),
  };
}

/** Keeps only fields of the expected types: the templates then never meet a number or an object where text goes. */
function cleanMetadata(metadata: BookMetadata): BookMetadata {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const clean: BookMetadata = { title: metadata.title, language: text(metadata.language) ?? 'en', slug: metadata.slug };
  for (const field of ['author', 'source', 'date', 'description'] as const) {
    const value = text(metadata[field]);
    if (value !== undefined) clean[field] = value;
  }
  if (Array.isArray(metadata.keywords)) clean.keywords = metadata.keywords.filter((keyword): keyword is string => typeof text(keyword) === 'string');
  return clean;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

function countsOf(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([rule, number]) => [rule, count(number)]));
}

// Records are data from disk: a name with a folder in it could point anywhere.
function isPlainName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !name.startsWith('.') && path.basename(name) === name && !name.includes('\\');
}

async function isFileIn(outDir: string, name: unknown): Promise<boolean> {
  return isPlainName(name) && (await sizeOf(path.join(outDir, name))) !== undefined;
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}
