// Getting the output folder ready: created, locked for this build, and cleared of what a killed build left.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { acquireBuildLock, type BuildLock } from './lock.ts';
import { explainWriteError } from './output-error.ts';
import { temporaryFilePattern } from './write-atomic.ts';

export async function prepareOutputFolder(outDir: string, log: (line: string) => void): Promise<BuildLock> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw explainWriteError(error, outDir);
  }
  const lock = await acquireBuildLock(outDir);
  if (lock.tookOverFrom !== undefined) log(`Note: removed the lock of an earlier build (pid ${lock.tookOverFrom}) that is no longer running.`);
  // We hold the lock, so no other build is writing here: every temporary file is a leftover.
  const leftovers = (await readdir(outDir)).filter((name) => temporaryFilePattern.test(name));
  await Promise.all(leftovers.map((name) => rm(path.join(outDir, name), { force: true })));
  if (leftovers.length > 0) log(`Note: removed ${leftovers.length} unfinished file${leftovers.length === 1 ? '' : 's'} left by an interrupted build.`);
  return lock;
}
