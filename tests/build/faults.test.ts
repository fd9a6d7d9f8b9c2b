// Faults around a build: interrupts, crashes, a second build on the same out/, an output folder that cannot be written.
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { lockFileName } from '../../pipeline/build/lock.ts';
import { runBuildAll, startBuildAll } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

async function seedsFolder(root: string, count: number): Promise<string> {
  const seeds = path.join(root, 'seeds');
  await mkdir(seeds, { recursive: true });
  for (let index = 1; index <= count; index += 1) {
    const paragraphs = Array.from({ length: 60 }, (_, line) => `Paragraph ${line + 1} of book ${index}, with enough words to fill a line or two of the page.`);
    await writeFile(path.join(seeds, `book ${index}.txt`), `Book Number ${index}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return seeds;
}

/** Every output present is whole: PDFs end with their trailer, EPUBs open as zips, Markdown has its front matter. */
async function expectOnlyWholeOutputs(out: string): Promise<string[]> {
  const all = await readdir(out);
  expect(all.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  // The books themselves (the catalog's own files are checked by its tests).
  const names = all.filter((name) => /\.(md|epub|pdf)$/.test(name) || name === lockFileName);
  for (const name of names) {
    const bytes = await readFile(path.join(out, name));
    if (name.endsWith('.pdf')) expect(bytes.subarray(-7).toString('latin1'), name).toMatch(/%%EOF\s*$/);
    if (name.endsWith('.epub')) await expect(JSZip.loadAsync(bytes), name).resolves.toBeDefined();
    if (name.endsWith('.report.md')) expect(bytes.toString('utf8'), name).toMatch(/^# Cleanup report: /);
    else if (name.endsWith('.md')) expect(bytes.toString('utf8'), name).toMatch(/^---\n[\s\S]*\n---\n/);
  }
  return names;
}

describe('a second build on the same out/', () => {
  it('is refused with the running build named, while the first finishes untouched', async () => {
    const root = await tempDir('lock');
    const seeds = await seedsFolder(root, 2);
    // A long seed built last keeps the first build busy while the second one starts up.
    const paragraphs = Array.from({ length: 8000 }, (_, line) => `Paragraph ${line + 1} of a long book.`);
    await writeFile(path.join(seeds, 'zz long.txt'), `A Long Book\n\n${paragraphs.join('\n\n')}\n`);
    const out = path.join(root, 'out');
    const first = startBuildAll(['--seeds', seeds, '--out', out]);
    await first.waitForLine(/^✓ /);
    const second = await runBuildAll(['--seeds', seeds, '--out', out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`build: ${out}: another build (pid ${first.child.pid}, started `);
    expect(second.stderr).toMatch(/Wait for it to finish or choose another folder with --out/);
    const result = await first.finished;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await expectOnlyWholeOutputs(out)).toHaveLength(12);
  });

  it('takes over a lock whose build is no longer running, and says so', async () => {
    const root = await tempDir('stale-lock');
    const seeds = await seedsFolder(root, 1);
    const out = path.join(root, 'out');
    await mkdir(out);
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(path.join(out, lockFileName), JSON.stringify({ pid: deadPid, started: '2020-01-01T00:00:00.000Z' }));
    await writeFile(path.join(out, `book-1.pdf.${deadPid}.3.tmp`), '%PDF-1.7 half a book');
    const result = await runBuildAll(['--seeds', seeds, '--out', out]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`Note: removed the lock of an earlier build (pid ${deadPid}) that is no longer running.`);
    expect(result.stdout).toContain('Note: removed 1 unfinished file left by an interrupted build.');
    expect((await readdir(out)).filter((name) => /\.(md|epub|pdf)$/.test(name)).sort()).toEqual(['book-1.epub', 'book-1.md', 'book-1.pdf', 'book-1.report.md']);
  });
});

describe('an interrupted build', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exits %i, leaving only whole outputs, no temporary file and no lock', async (signal, code) => {
    const root = await tempDir(`interrupt-${signal}`);
    const seeds = await seedsFolder(root, 4);
    const out = path.join(root, 'out');
    const build = startBuildAll(['--seeds', seeds, '--out', out]);
    await build.waitForLine(/^✓ /);
    build.child.kill(signal);
    const result = await build.finished;
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(`build: interrupted (${signal}); outputs already written are whole, unfinished ones were removed.`);
    const names = await expectOnlyWholeOutputs(out);
    expect(names).not.toContain(lockFileName);
    expect(names.length).toBeLessThan(16);
  });

  it('killed outright (a crash), leaves no truncated output, and the next build clears what it left', async () => {
    const root = await tempDir('crash');
    const seeds = await seedsFolder(root, 3);
    const out = path.join(root, 'out');
    const build = startBuildAll(['--seeds', seeds, '--out', out]);
    await build.waitForLine(/^✓ /);
    build.child.kill('SIGKILL');
    await build.finished;
    const names = await readdir(out);
    for (const name of names.filter((file) => /\.(pdf|epub|md)$/.test(file))) {
      const bytes = await readFile(path.join(out, name));
      if (name.endsWith('.pdf')) expect(bytes.subarray(-7).toString('latin1'), name).toMatch(/%%EOF\s*$/);
    }
    const again = await runBuildAll(['--seeds', seeds, '--out', out]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect((await expectOnlyWholeOutputs(out)).sort()).toEqual(['book-1', 'book-2', 'book-3'].flatMap((slug) => [`${slug}.epub`, `${slug}.md`, `${slug}.pdf`, `${slug}.report.md`]));
  });
});

describe('a worker that dies in the middle of a book', () => {
  // A real death, through a product option: a heap limit per worker that one big seed exceeds (V8
  // stops the thread with ERR_WORKER_OUT_OF_MEMORY; piscina rejects its task and starts a new worker).
  it('fails that seed alone, naming it and what to do, writes nothing of it, builds the others, exits 1', async () => {
    const root = await tempDir('worker-crash');
    const seeds = await seedsFolder(root, 2);
    const paragraphs = Array.from({ length: 60_000 }, (_, line) => `Paragraph ${line + 1} says ${(line * 7919) % 60_000} things.`);
    const big = path.join(seeds, 'big book.txt');
    await writeFile(big, `A Big Book\n\n${paragraphs.join('\n\n')}\n`);
    const out = path.join(root, 'out');
    const result = await runBuildAll(['--seeds', seeds, '--out', out, '--worker-memory', '64', '--jobs', '2', '--format', 'md,epub']);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(`✗ ${big}: ran out of memory while building (its worker stopped at the --worker-memory limit; nothing was written for it). Raise --worker-memory, or split the seed into smaller files.`);
    expect(result.stdout).toContain('3 books: 2 built, 0 up to date, 1 failed');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect((await expectOnlyWholeOutputs(out)).sort()).toEqual(['book-1', 'book-2'].flatMap((slug) => [`${slug}.epub`, `${slug}.md`, `${slug}.report.md`]));
    expect((await readdir(out)).filter((name) => name.startsWith('big-book'))).toEqual([]);
  }, 120_000);

  it('--worker-memory below what a worker needs to start is refused before building', async () => {
    const root = await tempDir('worker-memory-floor');
    const seeds = await seedsFolder(root, 1);
    const result = await runBuildAll(['--seeds', seeds, '--out', path.join(root, 'out'), '--worker-memory', '16']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("option '--worker-memory <mb>' argument '16' is invalid. must be a whole number of megabytes, at least 64");
  });
});

describe('an output folder that cannot be written', () => {
  it('a file where out/ should be: one clear line, exit 2', async () => {
    const root = await tempDir('out-file');
    const seeds = await seedsFolder(root, 1);
    const out = path.join(root, 'out');
    await writeFile(out, 'I am a file');
    const result = await runBuildAll(['--seeds', seeds, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`build: ${out}: cannot be written (a file stands where a folder should be). Choose another output folder with --out.`);
  });

  // Root reads and writes through any permission bits, so as root the permission cases run the build
  // as the unprivileged user "nobody"; where that user cannot reach the project they are skipped.
  const asUser = unprivilegedUser();
  it.skipIf(asUser === undefined)('out/ without write permission: one clear line, exit 2, nothing written', async () => {
    const root = await tempDir('out-readonly');
    await chmod(root, 0o755);
    const seeds = await seedsFolder(root, 1);
    const out = path.join(root, 'out');
    await mkdir(out, { mode: 0o555 });
    await chmod(out, 0o555);
    const result = await runBuildAll(['--seeds', seeds, '--out', out], asUser);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr.trim()).toBe(`build: ${out}: cannot be written (permission denied). Make the output folder writable or choose another with --out.`);
    expect(await readdir(out)).toEqual([]);
  });

  // A real write failure part-way through a build: the child runs under a file-size limit (RLIMIT_FSIZE,
  // set with util-linux's prlimit) that the small books' files fit in and the long book's do not, so
  // its writes fail with EFBIG as they would on a full disk or quota, after some bytes went to disk.
  it.skipIf(!prlimit)('a write failing part-way (file-size limit): that book fails naming the file and what to do, its previous outputs stay whole, exit 1', async () => {
    const root = await tempDir('file-size-limit');
    const seeds = await seedsFolder(root, 2);
    const long = path.join(seeds, 'long book.txt');
    const paragraphs = Array.from({ length: 2000 }, (_, line) => `Paragraph ${line + 1} of a long book, which runs on for page after page.`);
    await writeFile(long, `A Long Book\n\n${paragraphs.join('\n\n')}\n`);
    const out = path.join(root, 'out');
    // Markdown only, to keep the test quick: the files are written the same way whatever the format.
    expect((await runBuildAll(['--seeds', seeds, '--out', out, '--format', 'md'])).code).toBe(0);
    const longOutputs = ['long-book.md', 'long-book.report.md'];
    const before = await Promise.all(longOutputs.map((name) => readFile(path.join(out, name))));
    for (const name of await readdir(seeds)) await writeFile(path.join(seeds, name), `${await readFile(path.join(seeds, name), 'utf8')}\nA paragraph added to ${name} later on.\n`);

    const result = await runBuildAll(['--seeds', seeds, '--out', out, '--format', 'md'], { limitFileSize: 50_000 });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const failure = result.stdout.split('\n').find((line) => line.startsWith('✗ '));
    expect(failure).toMatch(new RegExp(`^✗ ${escapeRegExp(out)}/long-book\\.(report\\.md|md|epub|pdf): could not be written \\(it is larger than the file-size limit, \`ulimit -f\`, of this build or its file system\\)\\. Raise the limit or choose another output folder with --out, and build again; earlier outputs were kept whole\\.$`));
    expect(result.stdout).toContain('3 books: 2 built, 0 up to date, 1 failed');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    // The long book's previous outputs, byte for byte; the others rebuilt whole; no temporary file.
    expect(await Promise.all(longOutputs.map((name) => readFile(path.join(out, name))))).toEqual(before);
    await expectOnlyWholeOutputs(out);
    expect(await readFile(path.join(out, 'book-1.md'), 'utf8')).toContain('A paragraph added to book 1.txt later on.');
    expect(await readFile(path.join(out, 'long-book.md'), 'utf8')).not.toContain('added to');
  }, 120_000);

  it.skipIf(asUser === undefined)('an unreadable seed fails alone, saying how to fix it', async () => {
    const root = await tempDir('unreadable');
    await chmod(root, 0o777);
    const seeds = await seedsFolder(root, 2);
    await chmod(seeds, 0o755);
    await chmod(path.join(seeds, 'book 1.txt'), 0o000);
    const out = path.join(root, 'out');
    const result = await runBuildAll(['--seeds', seeds, '--out', out], asUser);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ ${path.join(seeds, 'book 1.txt')}: cannot be read (permission denied). Make it readable (chmod a+r) or remove it from the seeds folder.`);
    expect(result.stdout).toContain(`✓ ${path.join(seeds, 'book 2.txt')} → book-2`);
  });
});

const prlimit = spawnSync('prlimit', ['--version']).status === 0;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How to run a build that permission bits apply to: as ourselves when we are not root; as root, as
 * "nobody" if that user can run the command line here; undefined (skip) otherwise.
 */
function unprivilegedUser(): { uid: number; gid: number } | {} | undefined {
  if (process.getuid?.() !== 0) return {};
  const nobody = { uid: 65534, gid: 65534 };
  const cli = fileURLToPath(new URL('../../pipeline/cli.ts', import.meta.url));
  const probe = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], nobody);
  return probe.status === 0 ? nobody : undefined;
}
