import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../pipeline/build/cache-record.ts';
import { inProcessBuilder, statusOf } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

const build = inProcessBuilder();

/** The books' files in out/: outputs, reports, catalog records and covers (not the catalog pages, not dotfiles). */
async function visibleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.') && name !== 'index.html' && name !== 'opds.xml').sort();
}

describe('incremental builds', async () => {
  const { root, seeds, out } = await seedFolder('incremental', {
    'alpha.txt': 'Alpha Title\n\nThe first   paragraph of alpha.\n',
    'beta.md': '---\ntitle: Beta\n---\n\nBeta has a paragraph.\n',
    'gamma.txt': 'Gamma\n\nGamma text.\n',
  });

  const cold = await build({ seedsDirs: [seeds], outDir: out });
  const alphaPdf = await stat(path.join(out, 'alpha.pdf'));
  const again = await build({ seedsDirs: [seeds], outDir: out });

  it('builds everything the first time and nothing the second', () => {
    expect(statusOf(cold)).toEqual({ alpha: 'built', beta: 'built', gamma: 'built' });
    expect(statusOf(again)).toEqual({ alpha: 'up to date', beta: 'up to date', gamma: 'up to date' });
    expect(again.results.find((result) => result.slug === 'alpha')?.changes).toBeGreaterThan(0);
  });

  it('leaves up-to-date outputs untouched', async () => {
    expect((await stat(path.join(out, 'alpha.pdf'))).mtimeMs).toBe(alphaPdf.mtimeMs);
  });

  it('rebuilds only the seed that changed, and everything when asked to', async () => {
    await writeFile(path.join(seeds, 'beta.md'), '---\ntitle: Beta, revised\n---\n\nBeta has a new paragraph.\n');
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out }))).toEqual({ alpha: 'up to date', beta: 'built', gamma: 'up to date' });
    expect(await readFile(path.join(out, 'beta.md'), 'utf8')).toContain('Beta has a new paragraph.');
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out, force: true }))).toEqual({ alpha: 'built', beta: 'built', gamma: 'built' });
  });

  it('rebuilds an output that was deleted or damaged by hand', async () => {
    await rm(path.join(out, 'gamma.epub'));
    const summary = await build({ seedsDirs: [seeds], outDir: out });
    expect(statusOf(summary).gamma).toBe('built');
    expect(summary.results.find((result) => result.slug === 'gamma')?.formats).toEqual(['epub']);
  });

  it('makes again a report, cover or catalog record deleted by hand, and the catalog still links them', async () => {
    for (const name of ['alpha.report.md', 'beta.cover.svg', 'gamma.book.json']) {
      await rm(path.join(out, name));
      const summary = await build({ seedsDirs: [seeds], outDir: out });
      expect(statusOf(summary)[name.split('.')[0]!]).toBe('built');
      expect((await stat(path.join(out, name))).isFile()).toBe(true);
      expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain(name.replace('.book.json', '.epub'));
    }
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out }))).toEqual({ alpha: 'up to date', beta: 'up to date', gamma: 'up to date' });
  });

  it('rebuilds when the config changes what a book looks like', async () => {
    const summary = await build({ seedsDirs: [seeds], outDir: out, options: { pageSize: 'A4' } });
    expect(summary.built).toBe(3);
  });

  it('removes only the outputs of a deleted or renamed seed, and keeps files it did not write', async () => {
    await writeFile(path.join(out, 'notes-by-hand.txt'), 'mine');
    await rm(path.join(seeds, 'gamma.txt'));
    await writeFile(path.join(seeds, 'alpha-renamed.txt'), await readFile(path.join(seeds, 'alpha.txt')));
    await rm(path.join(seeds, 'alpha.txt'));
    const summary = await build({ seedsDirs: [seeds], outDir: out, options: { pageSize: 'A4' } });
    expect(summary.removed).toEqual(['alpha', 'gamma']);
    expect(await visibleFiles(out)).toEqual([
      ...['alpha-renamed', 'beta'].flatMap((slug) => [`${slug}.book.json`, `${slug}.cover.svg`, `${slug}.epub`, `${slug}.md`, `${slug}.pdf`, `${slug}.report.md`]),
      'notes-by-hand.txt',
    ]);
    expect(await readRecord(out, 'gamma')).toBeUndefined();
  });
});

describe('choosing formats and seeds', async () => {
  const { root, seeds, out } = await seedFolder('formats', {
    'one.txt': 'One\n\nText one.\n',
    'two.md': '---\ntitle: Two\nebook:\n  formats: [markdown]\n---\n\nText two.\n',
    'three.txt': 'Three\n\nText three.\n',
  });

  it('--format epub writes only EPUBs, and a later full build adds the rest', async () => {
    const summary = await build({ seedsDirs: [seeds], outDir: out, formats: ['epub'], only: [path.join(seeds, 'one.txt')] });
    expect(statusOf(summary)).toEqual({ one: 'built' });
    expect(await visibleFiles(out)).toEqual(['one.book.json', 'one.cover.svg', 'one.epub', 'one.report.md']);
    const full = await build({ seedsDirs: [seeds], outDir: out });
    expect(full.results.find((result) => result.slug === 'one')?.formats).toEqual(['markdown', 'pdf']);
  });

  it('a seed\'s front matter can narrow its formats, and that is remembered', async () => {
    expect(await visibleFiles(out)).toEqual(expect.arrayContaining(['two.md']));
    expect(await visibleFiles(out)).not.toContain('two.epub');
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out })).two).toBe('up to date');
  });

  it('reports a bad ebook: block in front matter as that seed\'s failure', async () => {
    await writeFile(path.join(seeds, 'four.md'), '---\nebook:\n  pagesize: A4\n---\n\nText.\n');
    const summary = await build({ seedsDirs: [seeds], outDir: out });
    expect(summary.results.find((result) => result.slug === 'four')?.error).toBe(`${path.join(seeds, 'four.md')} (front matter "ebook"): (top level): unknown key "pagesize"`);
    expect(summary.failed).toBe(1);
  });
});
