// Outputs appear whole or not at all: write beside the target, then rename over it.
import { rename, rm, writeFile } from 'node:fs/promises';

let counter = 0;

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  counter += 1;
  const temporary = `${target}.${process.pid}.${counter}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
