// Small books made in memory for renderer tests.
import { cleanSeed } from '../../pipeline/index.ts';
import type { Book } from '../../pipeline/book.ts';
import type { CleanupSettings } from '../../pipeline/transforms/settings.ts';

export async function bookFromText(text: string, kind: 'text' | 'markdown' = 'text', slug = 'sample', cleanup: CleanupSettings = {}): Promise<Book> {
  const { book } = await cleanSeed({ path: `${slug}.${kind === 'text' ? 'txt' : 'md'}`, bytes: new TextEncoder().encode(text), kind, slug }, cleanup);
  return book;
}

/** For renderer tests about escaping: markup-like text must reach the renderer as it was written. */
export const keepMarkup: CleanupSettings = { transforms: { 'strip-html': false, typography: false } };

export const sampleText = [
  'A Lighthouse Keeper’s Ledger',
  '',
  '“We counted the ships by their lamps,” the keeper said, “and the storms by what they left behind.”',
  '',
  'Entries run from spring to the first frost, in a careful hand: weather, visitors, oil used.',
  '',
  'Some words in other scripts: Ελληνικά, кириллица, naïve café.',
].join('\n');
