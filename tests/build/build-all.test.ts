import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildAll } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { slugFromFileName } from '../../pipeline/build/seed-files.ts';

describe('build:all with broken seeds among good ones', async () => {
  const root = await tempDir('build-all');
  const seeds = path.join(root, 'seeds');
  const out = path.join(root, 'out');
  await mkdir(seeds);
  await writeFile(path.join(seeds, 'good one.txt'), 'A Good Title\n\nA good paragraph.\n');
  await writeFile(path.join(seeds, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await writeFile(path.join(seeds, 'latin.txt'), new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x93, 0x48, 0x69, 0x94]));
  await writeFile(path.join(seeds, 'empty.md'), '');
  await writeFile(path.join(seeds, 'bad-yaml.md'), '---\ntitle: [oops\n---\n\nBody.\n');
  await writeFile(path.join(seeds, 'notes.docx'), 'not a seed type');
  const result = await runBuildAll(['--seeds', seeds, '--out', out]);

  it('exits non-zero because some seeds failed', () => {
    expect(result.code).toBe(1);
  });

  it('still builds the good seed into all three formats', async () => {
    expect((await readdir(out)).sort()).toEqual(['good-one.epub', 'good-one.md', 'good-one.pdf', 'good-one.report.md']);
  });

  it('names each broken file with what is wrong', () => {
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'binary.txt')}: is not a text file`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'latin.txt')}: is not valid UTF-8 text`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'empty.md')}: is empty`);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'bad-yaml.md')}: has front matter that is not valid YAML`);
    expect(result.stdout).toMatch(/5 seeds: 1 built, 4 failed/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('build:all with a missing seeds folder', () => {
  it('says so in one line and exits with 2', async () => {
    const result = await runBuildAll(['--seeds', '/nonexistent/seeds', '--out', '/tmp/unused-out']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('build:all: the seeds folder "/nonexistent/seeds" does not exist');
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
