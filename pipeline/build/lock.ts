// One build per output folder: a lock file holding the builder's pid, so a second build can say who is writing.
//
// Hand-written rather than proper-lockfile: that library tells staleness by age and stores no owner,
// and we want the second build to name the running one (pid, start time) and to free a lock whose
// owner died at once, which on one machine a pid check answers exactly.
import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, explainWriteError } from './output-error.ts';
import { cleanUpOnExit } from './signals.ts';

export const lockFileName = '.build.lock';

export interface BuildLock {
  path: string;
  /** Set when a lock left by a build that no longer runs was taken over. */
  tookOverFrom?: number;
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  started: string;
}

export async function acquireBuildLock(outDir: string, fileName = lockFileName): Promise<BuildLock> {
  const lockPath = path.join(outDir, fileName);
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const owner: LockOwner = { pid: process.pid, started: new Date().toISOString() };
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${JSON.stringify(owner)}\n`);
      await handle.close();
      return held(lockPath, tookOverFrom);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw explainWriteError(error, outDir);
    }
    const holder = await readOwner(lockPath);
    if (holder && isRunning(holder.pid)) {
      throw new OutputError(
        `${outDir}: another build (pid ${holder.pid}, started ${holder.started}) is writing to this folder. ` +
          `Wait for it to finish or choose another folder with --out; if no build is running, delete ${lockPath}.`,
      );
    }
    tookOverFrom = holder?.pid;
    await rm(lockPath, { force: true });
  }
  throw new OutputError(`${outDir}: could not take the build lock ${lockPath} (another build keeps taking it). Try again.`);
}

function held(lockPath: string, tookOverFrom: number | undefined): BuildLock {
  // Remove the lock only if it is still ours: never delete a lock another build took after ours was freed.
  const releaseNow = () => {
    if (ownerPid(lockPath) === process.pid) rmSync(lockPath, { force: true });
  };
  const forget = cleanUpOnExit(releaseNow);
  return {
    path: lockPath,
    ...(tookOverFrom === undefined ? {} : { tookOverFrom }),
    async release() {
      forget();
      releaseNow();
    },
  };
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? { pid: owner.pid, started: String(owner.started) } : undefined;
  } catch {
    // Unreadable or half-written by a build killed while taking it: treat as stale.
    return undefined;
  }
}

function ownerPid(lockPath: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>).pid;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
