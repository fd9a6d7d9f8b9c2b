// Reading one seed from disk: only files inside the seeds folder, and file-system trouble said as a SeedError.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { SeedError } from '../seed-error.ts';
import type { SeedFile } from './seed-files.ts';

/** A seed's bytes; `folder` is the seeds folder it was listed in (its own folder when absent). */
export async function readSeed(seed: Pick<SeedFile, 'path' | 'folder'>): Promise<Uint8Array> {
  const { path: seedPath } = seed;
  const seedsDir = seed.folder ?? path.dirname(seedPath);
  try {
    const [real, realSeedsDir] = await Promise.all([realpath(seedPath), realpath(seedsDir)]);
    const inside = path.relative(realSeedsDir, real);
    // A link out of the folder could pull any file of the machine into a book (and so onto the web).
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new SeedError(seedPath, `is a link to ${real}, outside the seeds folder; it was not read.`, 'Copy the file into the seeds folder instead of linking to it.');
    }
    return await readFile(real);
  } catch (error) {
    throw asSeedError(error, seedPath);
  }
}

function asSeedError(error: unknown, seedPath: string): unknown {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EACCES':
    case 'EPERM':
      return new SeedError(seedPath, 'cannot be read (permission denied).', 'Make it readable (chmod a+r) or remove it from the seeds folder.');
    case 'ENOENT':
      return new SeedError(seedPath, 'could not be found (a broken link, or it was removed during the build).', 'Point the link at an existing file or remove it.');
    case 'ELOOP':
      return new SeedError(seedPath, 'is a link that points back to itself.', 'Replace the link with the file it should point to.');
    case 'EISDIR':
      return new SeedError(seedPath, 'is a folder, not a seed file.', 'Rename the folder so it does not end in .txt or .md.');
    default:
      return error;
  }
}
