// Finding seeds on disk and giving each a safe, unique output name.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SeedKind } from '../book.ts';

const kinds: Record<string, SeedKind> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown' };

export interface SeedFile {
  path: string;
  kind: SeedKind;
  slug: string;
  /** The seed folder it was found in; a link out of it is refused. Its own folder when absent. */
  folder?: string;
}

/** Seeds of one or more folders, in a stable order; slugs are unique across all the folders. */
export async function listSeedFiles(seedsDirs: string | readonly string[], taken = new Set<string>()): Promise<SeedFile[]> {
  const seeds: SeedFile[] = [];
  for (const seedsDir of typeof seedsDirs === 'string' ? [seedsDirs] : seedsDirs) {
    const entries = await readdir(seedsDir, { withFileTypes: true });
    const names = entries
      .filter((entry) => !entry.name.startsWith('.') && (entry.isFile() || entry.isSymbolicLink()))
      .map((entry) => entry.name)
      .filter((name) => kindOf(name) !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) seeds.push({ path: path.join(seedsDir, name), kind: kindOf(name)!, slug: uniqueSlug(slugFromFileName(name), taken), folder: seedsDir });
  }
  return seeds;
}

export function kindOf(fileName: string): SeedKind | undefined {
  return kinds[path.extname(fileName).toLowerCase()];
}

/** Lower-case ASCII letters, digits and single dashes; accents are folded, never dropped whole. */
export function slugFromFileName(fileName: string): string {
  const stem = path.basename(fileName, path.extname(fileName));
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'seed';
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let counter = 2; taken.has(candidate); counter += 1) candidate = `${slug}-${counter}`;
  taken.add(candidate);
  return candidate;
}
