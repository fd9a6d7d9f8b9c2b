// The worker pool: one thread per core, each running worker.ts (TypeScript, loaded through tsx by worker-entry.mjs).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { BookJob, BookJobResult } from './worker.ts';

export type BookPool = Piscina<BookJob, BookJobResult>;

/**
 * `workerMemory`: heap limit of each worker in MB (V8's old generation). A book that needs more stops
 * its worker and fails alone; piscina starts a new worker for the next book. Default: Node's own limit.
 */
export function createBookPool(threads = availableParallelism(), workerMemory?: number): BookPool {
  const pool = new Piscina<BookJob, BookJobResult>({
    // Workers start without the parent's loaders; the entry loads worker.ts through tsx's API, so this
    // works whatever the current folder is and however the parent was started.
    filename: new URL('./worker-entry.mjs', import.meta.url).href,
    // No thread starts until a book needs building, so a no-op rebuild costs no worker start-up.
    minThreads: 0,
    idleTimeout: 30_000,
    maxThreads: Math.max(1, threads),
    // A book is one task; queuing more per thread only delays the progress bar.
    concurrentTasksPerWorker: 1,
    ...(workerMemory ? { resourceLimits: { maxOldGenerationSizeMb: workerMemory } } : {}),
  });
  // A worker that dies holding a book rejects that book's task (build-all reports it on the book).
  // One that dies holding none (while starting up) makes piscina emit 'error' and start no more
  // workers, so the waiting books would never run: closing the pool fails them, each with a line.
  pool.on('error', () => void pool.destroy());
  return pool;
}

/**
 * Why a worker stopped in the middle of a book (piscina rejects the book's task with the worker's
 * error and replaces the worker): in words for the book's failure line, with what to do.
 */
export function explainWorkerStop(error: unknown, seedPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `${seedPath}: ran out of memory while building (its worker stopped at the --worker-memory limit; nothing was written for it). Raise --worker-memory, or split the seed into smaller files.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `${seedPath}: its worker stopped while building (${reason}); nothing was written for it. Build it again; if it stops again, please report it with this seed.`;
}
