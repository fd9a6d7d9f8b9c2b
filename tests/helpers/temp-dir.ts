import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder, removed after the test file finishes. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A temporary project: `seeds/` holding `files` (file name → content), and where its `out/` goes (not made). */
export async function seedFolder(prefix: string, files: Record<string, string | Uint8Array>): Promise<{ root: string; seeds: string; out: string }> {
  const root = await tempDir(prefix);
  const seeds = path.join(root, 'seeds');
  await mkdir(seeds);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(seeds, name), content);
  return { root, seeds, out: path.join(root, 'out') };
}
