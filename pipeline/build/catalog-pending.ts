// Whether out/index.html and out/opds.xml may be behind the books in out/. A build marks the catalog
// pending (one mark per shard, in out/.books) before it writes or removes any book, and clears its
// own mark once it has written the catalog. A build that wrote and removed nothing keeps the catalog
// as it is when both files are there and no build left a mark (one interrupted before its catalog,
// or another shard still at work): a rebuild where nothing changed then reads no book record.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { recordsFolder } from './cache-record.ts';
import type { Shard } from './shard.ts';
import { writeAtomic } from './write-atomic.ts';

// Not `.json`: every `.json` file of the records folder is a book's record.
const markPrefix = 'catalog-pending';

function markPath(outDir: string, shard: Shard | undefined): string {
  const share = shard && shard.count > 1 ? `.shard-${shard.index + 1}-of-${shard.count}` : '';
  return path.join(outDir, recordsFolder, `${markPrefix}${share}`);
}

export async function markCatalogPending(outDir: string, shard: Shard | undefined): Promise<void> {
  await writeAtomic(markPath(outDir, shard), new Uint8Array());
}

export async function clearCatalogPending(outDir: string, shard: Shard | undefined): Promise<void> {
  await rm(markPath(outDir, shard), { force: true });
}

export async function catalogIsCurrent(outDir: string): Promise<boolean> {
  const names = await readdir(path.join(outDir, recordsFolder)).catch(() => [] as string[]);
  if (names.some((name) => name === markPrefix || name.startsWith(`${markPrefix}.shard-`))) return false;
  const present = await Promise.all(['index.html', 'opds.xml'].map((name) => stat(path.join(outDir, name)).then((info) => info.isFile(), () => false)));
  return present.every(Boolean);
}
