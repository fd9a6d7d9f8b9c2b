// The worker pool: one thread per core, each running worker.ts (TypeScript, loaded through tsx by worker-entry.mjs).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { BookJob, BookJobResult } from './worker.ts';

export type BookPool = Piscina<BookJob, BookJobResult>;

export function createBookPool(threads = availableParallelism()): BookPool {
  return new Piscina<BookJob, BookJobResult>({
    // Workers start without the parent's loaders; the entry loads worker.ts through tsx's API, so this
    // works whatever the current folder is and however the parent was started.
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    // No thread starts until a book needs building, so a no-op rebuild costs no worker start-up.
    minThreads: 0,
    idleTimeout: 30_000,
    maxThreads: Math.max(1, threads),
    // A book is one task; queuing more per thread only delays the progress bar.
    concurrentTasksPerWorker: 1,
  });
}
