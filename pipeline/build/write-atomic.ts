// Outputs appear whole or not at all: write beside the target, then rename over it.
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { cleanUpOnExit, isInterrupted, settleBeforeExit } from './signals.ts';
import { explainWriteError } from './output-error.ts';

let counter = 0;

/** Temporary files end like this; a build that holds the output folder's lock removes strays of a killed build. */
export const temporaryFilePattern = /\.\d+\.\d+\.tmp$/;

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await writeAllAtomic([[target, bytes]]);
}

/**
 * Writes every file to a temporary name first and renames them only when all were written, so a
 * failure (a full disk, an interrupt) leaves the previous set of outputs, never a mix or a stub.
 */
export function writeAllAtomic(files: ReadonlyArray<readonly [target: string, bytes: Uint8Array]>): Promise<void> {
  // The process is about to exit: start nothing, and let nothing that waits on this write run.
  if (isInterrupted()) return new Promise(() => {});
  return settleBeforeExit(writeStaged(files));
}

async function writeStaged(files: ReadonlyArray<readonly [target: string, bytes: Uint8Array]>): Promise<void> {
  const staged = files.map(([target, bytes]) => ({ target, bytes, temporary: `${target}.${process.pid}.${(counter += 1)}.tmp` }));
  const forget = cleanUpOnExit(() => {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
  });
  let current = staged[0]?.target ?? '';
  try {
    for (const file of staged) {
      current = file.target;
      await writeFile(file.temporary, file.bytes);
    }
    for (const file of staged) {
      current = file.target;
      await rename(file.temporary, file.target);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw explainWriteError(error, current);
  } finally {
    forget();
  }
}
