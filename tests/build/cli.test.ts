import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildAll } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('the build command line', async () => {
  const root = await tempDir('cli');
  await mkdir(path.join(root, 'seeds'));
  await mkdir(path.join(root, 'extra'));
  await writeFile(path.join(root, 'seeds', 'one.txt'), 'One\n\nThe  first text.\n');
  await writeFile(path.join(root, 'extra', 'two.md'), '# Two\n\nThe second text.\n');
  await writeFile(path.join(root, 'ebook.config.yaml'), 'seeds: [seeds, extra]\nout: books\nformats: [markdown, epub]\n');

  it('reads the config from the current folder, builds with --json and prints one JSON document', async () => {
    const result = await runBuildAll(['--json'], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { built: number; results: Array<{ slug: string; formats: string[] }> };
    expect(summary.built).toBe(2);
    expect(summary.results.map((book) => [book.slug, book.formats])).toEqual([['one', ['markdown', 'epub']], ['two', ['markdown', 'epub']]]);
    // The books, and the catalog made from their records (issue 9).
    expect((await readdir(path.join(root, 'books'))).filter((name) => !name.startsWith('.')).sort()).toEqual([
      'index.html', 'one.book.json', 'one.cover.svg', 'one.epub', 'one.md', 'one.report.md', 'opds.xml', 'two.book.json', 'two.cover.svg', 'two.epub', 'two.md', 'two.report.md',
    ]);
  });

  it('prints one line per book and a table when not on a terminal; --quiet prints nothing', async () => {
    const plain = await runBuildAll(['--force', '--format', 'md'], { cwd: root });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^✓ seeds\/one\.txt → one \(md; 4 words\) — \d+ changes?: .*quality \d+\/100/m);
    expect(plain.stdout).toMatch(/^book +words +changes +formats +time$/m);
    expect(plain.stdout).toMatch(/^2 books: 2 built, 0 up to date, 0 failed → books$/m);
    const quiet = await runBuildAll(['--quiet'], { cwd: root });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('builds only the files named, even outside the seed folders', async () => {
    await writeFile(path.join(root, 'loose.txt'), 'Loose\n\nA seed outside the folders.\n');
    const result = await runBuildAll(['loose.txt', '--json'], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { results: Array<{ slug: string }> }).results.map((book) => book.slug)).toEqual(['loose']);
  });

  it('stops with exit code 2 and names the file and key of a bad config', async () => {
    await writeFile(path.join(root, 'bad.json'), '{"formats": ["epub", "mobi"]}');
    const result = await runBuildAll(['--config', 'bad.json'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^build: bad\.json: formats\.1: /);
  });

  it('rejects a bad --shard or --format before building', async () => {
    const shard = await runBuildAll(['--shard', '3/2'], { cwd: root });
    expect(shard.code).not.toBe(0);
    expect(shard.stderr).toContain('--shard must be i/n');
    const format = await runBuildAll(['--format', 'mobi'], { cwd: root });
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain('formats are markdown, epub, pdf');
  });
});
