// The catalog step: out/index.html and out/opds.xml, made from the book records in out/ alone.
import path from 'node:path';
import { describeEntry } from '../catalog/catalog-entry.ts';
import { renderCatalogPage } from '../catalog/catalog-page.ts';
import { renderOpdsFeed } from '../catalog/opds-feed.ts';
import { readBookRecords } from './read-book-records.ts';
import { writeAtomic } from './write-atomic.ts';

export interface WriteCatalogOptions {
  /** Heading of the page and title of the feed. */
  title?: string;
}

const defaultTitle = 'Ebooks';

/** Returns the line the build prints: how many books, where, and any record that was left out. */
export async function writeCatalog(outDir: string, options: WriteCatalogOptions = {}): Promise<string> {
  const { records, skipped } = await readBookRecords(outDir);
  const entries = records.map(describeEntry);
  const title = options.title ?? defaultTitle;
  const encoder = new TextEncoder();
  await writeAtomic(path.join(outDir, 'index.html'), encoder.encode(renderCatalogPage(entries, { title })));
  await writeAtomic(path.join(outDir, 'opds.xml'), encoder.encode(renderOpdsFeed(entries, { title, emptyUpdated: new Date(0) })));
  const lines = [`Catalog: ${entries.length} book${entries.length === 1 ? '' : 's'} → ${path.join(outDir, 'index.html')}, ${path.join(outDir, 'opds.xml')}`];
  for (const reason of skipped) lines.push(`  skipped ${reason}`);
  return lines.join('\n');
}
