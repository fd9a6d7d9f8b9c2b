// A write that fails half-way (the disk fills up) keeps the previous outputs whole and leaves no temporary file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp-dir.ts';

// Simulates a full disk: the chosen write puts part of its bytes on disk, then fails with ENOSPC.
const failure = vi.hoisted(() => ({ onWrite: -1, writes: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFileFailing: typeof actual.writeFile = async (file, data, options) => {
    failure.writes += 1;
    if (failure.writes !== failure.onWrite) return actual.writeFile(file, data, options);
    await actual.writeFile(file, (data as Uint8Array).subarray(0, 3), options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...actual, writeFile: writeFileFailing };
});

const { writeAllAtomic } = await import('../../pipeline/build/write-atomic.ts');
const { OutputError } = await import('../../pipeline/build/output-error.ts');

afterEach(() => {
  failure.onWrite = -1;
  failure.writes = 0;
});

describe('writeAllAtomic', () => {
  it('replaces every target with the new bytes', async () => {
    const dir = await tempDir('atomic');
    const files = ['a.md', 'a.pdf'].map((name) => [path.join(dir, name), new TextEncoder().encode(`new ${name}`)] as const);
    await writeAllAtomic(files);
    expect(await readFile(path.join(dir, 'a.pdf'), 'utf8')).toBe('new a.pdf');
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'a.pdf']);
  });

  it('on a full disk keeps the previous set of outputs, removes its temporary files and says what to do', async () => {
    const dir = await tempDir('disk-full');
    await writeFile(path.join(dir, 'a.md'), 'old markdown');
    await writeFile(path.join(dir, 'a.pdf'), 'old pdf');
    failure.writes = 0;
    failure.onWrite = 2;
    const files = ['a.md', 'a.pdf'].map((name) => [path.join(dir, name), new TextEncoder().encode(`new ${name}`)] as const);
    const error = await writeAllAtomic(files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(`${path.join(dir, 'a.pdf')}: could not be written (the disk is full). Free some space and build again; earlier outputs were kept whole.`);
    // Not a mix: the Markdown that was written fine is not renamed in while the PDF failed.
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('old markdown');
    expect(await readFile(path.join(dir, 'a.pdf'), 'utf8')).toBe('old pdf');
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'a.pdf']);
  });
});
