// Seeds for the catalog, feed and server tests: a hostile title, full front matter, accents and cleanup work.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuildAll } from './run-cli.ts';

export const catalogSeeds: Record<string, string> = {
  // Front matter keeps the title as written (the cleanup strips markup from a plain-text seed's title).
  'xss.md': '---\ntitle: "<script>alert(1)</script>"\n---\n\nA title made of markup must show as text, never run.\n',
  'tide-tables.md': [
    '---',
    'title: Tide Tables for Small Harbours',
    'author: Ines Varga',
    'source: The Coastal Almanac',
    'date: 2023-06-02',
    'keywords: [sailing, tides]',
    'description: How to read a tide table before taking a dinghy out.',
    '---',
    '',
    'High water comes about fifty minutes later each day, so a table printed in spring is still useful in June.',
    '',
    'Read the height column first: a shallow harbour mouth may be closed for three hours either side of low water.',
    '',
  ].join('\n'),
  'cafe-notes.txt': 'Notes from a Café Terrace\n\nThe  waiter   brought two cups and a saucer of almonds.\n\nPigeons  walked between the tables as if they had paid.\n',
};

/** Writes the seeds under `root/seeds` and builds them into `root/out` with the real command. */
export async function buildCatalogSeeds(root: string, seeds: Record<string, string> = catalogSeeds): Promise<string> {
  const seedsDir = path.join(root, 'seeds');
  const out = path.join(root, 'out');
  await mkdir(seedsDir, { recursive: true });
  for (const [name, text] of Object.entries(seeds)) await writeFile(path.join(seedsDir, name), text);
  const result = await runBuildAll(['--seeds', seedsDir, '--out', out]);
  if (result.code !== 0) throw new Error(`build:all failed:\n${result.stdout}${result.stderr}`);
  return out;
}
