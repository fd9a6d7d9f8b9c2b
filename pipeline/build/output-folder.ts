// Getting the output folder ready: created, locked for this build, and cleared of what a killed build left.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { recordsFolder } from './cache-record.ts';
import { acquireBuildLock, lockFileName, type BuildLock } from './lock.ts';
import { explainWriteError } from './output-error.ts';
import { inShard, type Shard } from './shard.ts';
import { temporaryFilePattern } from './write-atomic.ts';

/**
 * Shards of one library share an output folder (on several machines, where a pid says nothing), so
 * each share takes a lock of its own and clears only its own books' unfinished files.
 */
export async function prepareOutputFolder(outDir: string, log: (line: string) => void, shard?: Shard): Promise<BuildLock> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw explainWriteError(error, outDir);
  }
  const sharded = shard !== undefined && shard.count > 1;
  const lock = await acquireBuildLock(outDir, sharded ? shardLockFileName(shard) : lockFileName);
  if (lock.tookOverFrom !== undefined) log(`Note: removed the lock of an earlier build (pid ${lock.tookOverFrom}) that is no longer running.`);
  // We hold the lock, so no other build is writing here (to this share): every temporary file is a leftover.
  const mine = (name: string) => temporaryFilePattern.test(name) && (!sharded || inShard(slugOfTemporary(name), shard));
  const leftovers = [
    ...(await readdir(outDir)).filter(mine).map((name) => path.join(outDir, name)),
    ...(await readdir(path.join(outDir, recordsFolder)).catch(() => [] as string[])).filter(mine).map((name) => path.join(outDir, recordsFolder, name)),
  ];
  await Promise.all(leftovers.map((file) => rm(file, { force: true })));
  if (leftovers.length > 0) log(`Note: removed ${leftovers.length} unfinished file${leftovers.length === 1 ? '' : 's'} left by an interrupted build.`);
  return lock;
}

export function shardLockFileName(shard: Shard): string {
  return `.build.shard-${shard.index + 1}-of-${shard.count}.lock`;
}

// `<slug>.report.md.<pid>.<n>.tmp` → `<slug>`; the catalog's own files (index.html, opds.xml) name no book of the share.
function slugOfTemporary(name: string): string {
  return name.replace(temporaryFilePattern, '').replace(/\.(report\.md|cover\.svg|book\.json|md|epub|pdf|json)$/, '');
}
