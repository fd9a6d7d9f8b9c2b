// What the catalog page and the OPDS feed show for one book, worked out once from its record.
import { createHash } from 'node:crypto';
import type { BookFile, BookRecord } from '../build/book-record.ts';
import { downloadName } from './download-name.ts';

export interface Download {
  format: BookFile['format'];
  /** Short label: EPUB, PDF, Markdown. */
  label: string;
  /** Relative URL of the file (encoded). */
  href: string;
  type: string;
  bytes: number;
  /** Human size, e.g. `24 kB`. */
  size: string;
  /** Name to save it under, made from the title. */
  fileName: string;
}

export interface CatalogEntry {
  record: BookRecord;
  /** Stable id of the book across rebuilds: made from its slug, which is made from its seed's name. */
  id: string;
  title: string;
  byline: string;
  /** Relative URL of the cover, or '' when there is none. */
  cover: string;
  /** e.g. `1,204 words · 5 min read`. */
  length: string;
  /** The change report's summary line, e.g. `3 changes: 2 boilerplate, 1 whitespace; quality 96/100 (…)`. */
  cleanup: string;
  /** Relative URL of the cleanup report, or '' when there is none. */
  report: string;
  downloads: Download[];
  /** Lower-cased, accent-free text the search box matches against. */
  searchText: string;
}

/** Order and labels of the formats; MIME types as the server sends them and the OPDS spec names them. */
export const formatInfo: Record<BookFile['format'], { label: string; type: string }> = {
  epub: { label: 'EPUB', type: 'application/epub+zip' },
  pdf: { label: 'PDF', type: 'application/pdf' },
  markdown: { label: 'Markdown', type: 'text/markdown' },
};

const numbers = new Intl.NumberFormat('en');

export function describeEntry(record: BookRecord): CatalogEntry {
  const { metadata } = record;
  // A title the cleanup emptied (e.g. one made only of markup) still needs a name in the list.
  const title = metadata.title.trim() || metadata.slug;
  const order = Object.keys(formatInfo);
  const downloads = [...record.files]
    .sort((a, b) => order.indexOf(a.format) - order.indexOf(b.format))
    .map((file) => ({
      format: file.format,
      label: formatInfo[file.format].label,
      href: encodeURIComponent(file.name),
      type: formatInfo[file.format].type,
      bytes: file.bytes,
      size: formatSize(file.bytes),
      fileName: downloadName(title, file.format),
    }));
  const byline = [metadata.author, metadata.source].filter(Boolean).join(', ');
  return {
    record,
    id: stableId(metadata.slug),
    title,
    byline,
    cover: record.cover ? encodeURIComponent(record.cover) : '',
    length: `${numbers.format(record.words)} words · ${record.readingMinutes} min read`,
    cleanup: record.cleanup.line || describeCleanup(record),
    report: record.report ? encodeURIComponent(record.report) : '',
    downloads,
    searchText: searchable([title, metadata.author, metadata.source, metadata.description, ...(metadata.keywords ?? [])].join(' ')),
  };
}

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Must match what templates/catalog/filter.js does to the query. */
export function searchable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** For a record without the report's summary line (written by hand or by an older build). */
function describeCleanup(record: BookRecord): string {
  const { changes, warnings, rules } = record.cleanup;
  if (changes === 0 && warnings === 0) return 'none needed';
  const parts = [`${numbers.format(changes)} fix${changes === 1 ? '' : 'es'}`];
  if (warnings > 0) parts.push(`${numbers.format(warnings)} warning${warnings === 1 ? '' : 's'}`);
  const byRule = Object.entries(rules).map(([rule, count]) => `${rule} ${numbers.format(count)}`).join(', ');
  return `${parts.join(', ')} (${byRule})`;
}

/** A name-based UUID (version 5 layout over SHA-256), so ids are valid URNs and never change for a slug. */
export function stableId(name: string): string {
  const hash = createHash('sha256').update(`ebook-pipeline:${name}`).digest('hex');
  return `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}
