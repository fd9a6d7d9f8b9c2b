import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessBuilder } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

describe('the catalog of a rebuild', async () => {
  const build = inProcessBuilder();
  const { seeds, out } = await seedFolder('catalog-pending', {
    'harbour.txt': 'Harbour Notes\n\nThe ferry ran late all week.\n',
    'orchard.txt': 'Orchard Notes\n\nThe apples came in early.\n',
  });
  const options = { seedsDirs: [seeds], outDir: out, formats: ['markdown' as const] };
  const first = await build(options);

  it('is written by a build that wrote books, and left as it is when nothing changed', async () => {
    expect(first.catalog).toContain('Catalog: 2 books');
    const written = (await stat(path.join(out, 'index.html'))).mtimeMs;
    const again = await build(options);
    expect(again.catalog).toContain('Catalog: up to date');
    expect((await stat(path.join(out, 'index.html'))).mtimeMs).toBe(written);
  });

  it('is written again when a book is removed, or when a catalog file is missing', async () => {
    await rm(path.join(seeds, 'orchard.txt'));
    expect((await build(options)).catalog).toContain('Catalog: 1 book');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('Orchard Notes');
    await rm(path.join(out, 'opds.xml'));
    expect((await build(options)).catalog).toContain('Catalog: 1 book');
    expect(await readFile(path.join(out, 'opds.xml'), 'utf8')).toContain('Harbour Notes');
  });

  it('is written again after a build that stopped before its catalog (its mark is still there)', async () => {
    // What an interrupted build leaves: a new book in out/, and its pending mark.
    await writeFile(path.join(seeds, 'orchard.txt'), 'Orchard Notes\n\nThe apples came in early.\n');
    await build({ ...options, only: [path.join(seeds, 'orchard.txt')] });
    await writeFile(path.join(out, 'index.html'), 'an old catalog');
    await writeFile(path.join(out, '.books', 'catalog-pending'), '');
    const summary = await build(options);
    expect(summary.built).toBe(0);
    expect(summary.catalog).toContain('Catalog: 2 books');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Orchard Notes');
    expect((await build(options)).catalog).toContain('Catalog: up to date');
  });
});
