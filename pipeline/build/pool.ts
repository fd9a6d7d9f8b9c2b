// The worker pool: one thread per core, each running worker.ts (TypeScript, loaded through tsx by
// worker-entry.mjs): books to build, and the folder pass's seed summaries.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Piscina } from 'piscina';
import type { SummaryJob, SummaryResult } from './summarize-job.ts';
import type { BookJob, BookJobResult } from './worker.ts';
import { tsxWorkerEntry, workerEntry as bundledWorkerEntry } from './worker-bundle.ts';

/** What the build needs of the pool; piscina itself is loaded when the first job is handed out. */
export interface BookPool {
  readonly maxThreads: number;
  run(job: BookJob): Promise<BookJobResult>;
  summarize(job: SummaryJob): Promise<SummaryResult | undefined>;
  destroy(): Promise<void>;
}

/**
 * `workerMemory`: heap limit of each worker in MB (V8's old generation). A book that needs more stops
 * its worker and fails alone; piscina starts a new worker for the next book. Default: Node's own limit.
 * `workerEntry`: the module each thread runs (default: the bundle of worker-jobs.ts, see
 * worker-bundle.ts); a test gives one that fails to start.
 */
export function createBookPool(threads = availableParallelism(), workerMemory?: number, workerEntry?: URL): BookPool {
  const maxThreads = Math.max(1, threads);
  keepCoverMemory();
  boundHeapGrowth();
  exposeCollection();
  let pool: Promise<Piscina> | undefined;
  // A rebuild where nothing changed hands out no job, so it neither loads piscina nor starts a thread.
  const started = () =>
    (pool ??= Promise.all([import('piscina'), workerEntry?.href ?? bundledWorkerEntry()]).then(([{ Piscina }, filename]) => {
      const created = new Piscina({
        // Plain JavaScript, the bundle of the workers' code or tsx's entry, so this works whatever the
        // current folder is and however the parent was started.
        filename,
        ...(filename === tsxWorkerEntry || workerEntry ? {} : bundleFlags(process.execArgv)),
        // No thread starts until a job needs one.
        minThreads: 0,
        idleTimeout: 30_000,
        maxThreads,
        // A book is one task; queuing more per thread only delays the progress bar.
        concurrentTasksPerWorker: 1,
        // A larger young generation lets the short-lived trees of a long book (smart quotes parse
        // the text piece by piece) die young instead of piling up in the old generation until a
        // full collection: a 5 MB seed peaked 15% lower and built 20% faster. Measured again on the
        // 20 MB seed (whole build, pool of 2): peak 1,116 MB with it, 1,156 MB with V8's default
        // (whose transforms peaked at 1,129 MB against 971); a 4 MB seed peaked lower without it (658 against 786 MB).
        resourceLimits: { maxYoungGenerationSizeMb: 128, ...(workerMemory ? { maxOldGenerationSizeMb: workerMemory } : {}) },
      });
      // A worker that dies holding a book rejects that book's task (build-all reports it on the book).
      // One that dies holding none (while starting up) makes piscina emit 'error' and start no more
      // workers, so the waiting books would never run: closing the pool fails them, each with a line.
      // piscina's destroy() leaves the pool usable, so watch mode's next rebuild starts new workers.
      created.on('error', () => void created.destroy());
      return created;
    }));
  // The seed bytes are moved into the worker: the build does not need them once handed out.
  const moving = async (bytes: Iterable<Uint8Array>) => (await import('./transfer.ts')).movableBuffers(bytes);
  return {
    maxThreads,
    run: async (job) => (await started()).run(job, { transferList: await moving(job.bytes) }) as Promise<BookJobResult>,
    summarize: async (job) => (await started()).run(job, { name: 'summarize', transferList: await moving([job.bytes]) }) as Promise<SummaryResult | undefined>,
    destroy: async () => {
      if (pool) await (await pool).destroy();
    },
  };
}

/**
 * The workers' Node flags when they run the bundle. It is JavaScript, and a worker given tsx's flag
 * (`--import tsx`, as `npm run build` starts it) would start tsx's loader thread and send every package
 * it loads through it: when that is all the parent was given, the workers get no flags. A Worker
 * refuses V8 flags in an execArgv of its own (`--heap-growing-percent`, `--max-old-space-size`:
 * "invalid execArgv flags") though it takes them inherited, so with any other flag the workers
 * inherit the parent's, tsx's included, and start a little slower.
 */
export function bundleFlags(parent: readonly string[]): { execArgv?: string[] } {
  return parent.length > 0 && withoutTsx(parent).length === 0 ? { execArgv: [] } : {};
}

/** The parent's Node flags without tsx's loader. */
export function withoutTsx(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < flags.length; index += 1) {
    const flag = flags[index]!;
    const isLoader = /^--(import|loader|experimental-loader|require)$/.test(flag) || flag === '-r';
    if (isLoader && /\btsx\b/.test(flags[index + 1] ?? '')) index += 1;
    else if (!/^--(import|loader|experimental-loader|require)=.*\btsx\b/.test(flag)) kept.push(flag);
  }
  return kept;
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

/**
 * resvg (the EPUB cover) allocates with its own mimalloc, which by default hands freed pages back to
 * the system at once, so every 600 × 900 cover faults a fresh pixel buffer in. Told to keep them (and
 * to take large pages where the system has them), it reuses the same few megabytes: the cover took
 * some 40% less CPU. mimalloc reads its options from the real process environment when the addon
 * loads, once per process; the workers share it, and only the main thread can write it (a worker's
 * process.env is a copy), so they are set here, before any worker starts. Values the user set are kept.
 */
function keepCoverMemory(): void {
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
}

/**
 * V8 lets a heap grow to several times what is alive before a full collection. A long book is mostly
 * short-lived text (each stage makes and drops whole-book strings), so its peak was garbage: the 20 MB
 * seed peaked at 1.20–1.23 GB in two runs, and at 1.00–1.01 GB in two with growth held to 1.5× what
 * survived the last collection, for no more CPU (98–106 s of user time against 103–110 s). A small book's
 * heap stays under V8's first limit and is not affected. The flag is process-wide and read at each
 * collection, so it holds for the workers started after; one given on the command line is kept.
 */
function boundHeapGrowth(): void {
  if (process.execArgv.some((argument) => argument.includes('heap-growing-percent'))) return;
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * Workers collect a long book's garbage between its steps (worker.ts, collectorFor) with V8's gc(),
 * which a context only gets when --expose-gc was set before it was made: set here, before any worker
 * starts, it gives each worker a global gc() and leaves this thread's globals as they are.
 */
function exposeCollection(): void {
  setFlagsFromString('--expose-gc');
}
