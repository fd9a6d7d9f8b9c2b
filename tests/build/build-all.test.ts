import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildAll } from '../helpers/run-cli.ts';
import { seedFolder } from '../helpers/temp-dir.ts';
import { slugFromFileName } from '../../pipeline/build/seed-files.ts';

describe('build:all with broken seeds among good ones', async () => {
  const { root, seeds, out } = await seedFolder('build-all', {
    'good one.txt': 'A Good Title\n\nA good paragraph.\n',
    'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'latin.txt': new Uint8Array([0x48, 0x69, 0x93, 0x20, 0xff]),
    'empty.md': '',
    'bad-yaml.md': '---\ntitle: [oops\n---\n\nBody.\n',
    'notes.docx': 'not a seed type',
  });
  const result = await runBuildAll(['--seeds', seeds, '--out', out]);

  it('exits non-zero because some seeds failed', () => {
    expect(result.code).toBe(1);
  });

  it('still builds the good seed into all three formats, and lists only it in the catalog', async () => {
    expect((await readdir(out)).filter((name) => !name.startsWith('.')).sort()).toEqual(['good-one.book.json', 'good-one.cover.svg', 'good-one.epub', 'good-one.md', 'good-one.pdf', 'good-one.report.md', 'index.html', 'opds.xml']);
    expect(result.stdout).toContain('Catalog: 1 book →');
  });

  it('names each broken file with what is wrong', () => {
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'binary.txt')}: is not a text file`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'latin.txt')}: is not valid UTF-8 (byte 0x93 on line 1)`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'empty.md')}: is empty`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'bad-yaml.md')}: has front matter that is not valid YAML`);
    expect(result.stdout).toMatch(/5 books: 1 built, 0 up to date, 4 failed/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('build:all with a missing seeds folder', () => {
  it('says so in one line and exits with 2', async () => {
    const result = await runBuildAll(['--seeds', '/nonexistent/seeds', '--out', '/tmp/unused-out']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('build: the seeds folder "/nonexistent/seeds" does not exist');
  });
});

describe('slugFromFileName', () => {
  it.each([
    ['My First Essay.txt', 'my-first-essay'],
    ['Ça va — déjà vu.md', 'ca-va-deja-vu'],
    ['-leading dash.txt', 'leading-dash'],
    ['日本語.txt', 'seed'],
    ['000_271bbe48.txt', '000-271bbe48'],
  ])('%s → %s', (name, slug) => {
    expect(slugFromFileName(name)).toBe(slug);
  });
});

describe('build:all learns boilerplate from the folder', async () => {
  const { root, seeds, out } = await seedFolder('build-all-folder', {});
  const notice = 'This article first ran in the Coastal Wire network and is shared with permission.';
  const bodies = ['High water on Friday will reach the quay wall by noon, and every boat in the inner harbour should be moored well before then, the harbour master said.', 'The moorings along the north wall are full again.', 'Fish prices rose at the Thursday market.'];
  await Promise.all(bodies.map((body, index) => writeFile(path.join(seeds, `story-${index}.txt`), `Story ${index}\n\n${body}\n\n${notice}\n`)));
  await writeFile(path.join(seeds, 'story-copy.txt'), `Story copy\n\n${bodies[0]} It was scraped twice.\n\n${notice}\n`);
  const result = await runBuildAll(['--seeds', seeds, '--out', out]);

  it('removes a paragraph that ends many seeds, and says so in each report', async () => {
    expect(result.code, result.stdout + result.stderr).toBe(0);
    for (const index of [0, 1, 2]) {
      const markdown = await readFile(path.join(out, `story-${index}.md`), 'utf8');
      expect(markdown).toContain(bodies[index]);
      expect(markdown).not.toContain('Coastal Wire');
      const report = await readFile(path.join(out, `story-${index}.report.md`), 'utf8');
      expect(report).toContain('**remove-learned-boilerplate** (line 5): Removed a paragraph that recurs at the edges of many seeds in this folder');
    }
  });

  it('prints a one-line cleanup summary per seed', () => {
    expect(result.stdout).toMatch(/✓ \S+story-1\.txt → story-1 \(md, epub, pdf; \d+ words\) — 1 change: 1 learned boilerplate; quality \d+\/100/);
  });

  it('flags the seed that nearly duplicates another', async () => {
    const report = await readFile(path.join(out, 'story-copy.report.md'), 'utf8');
    expect(report).toMatch(/## To check[\s\S]*nearly duplicates \S*story-0\.txt/);
    expect(result.stdout).toMatch(/story-copy .*1 to check/);
  });
});
