// Runs buildAll in this process with a small worker pool shared by a test file, and records what
// the reporter heard, so build tests need not pay for a new process per build.
import { afterAll } from 'vitest';
import { buildAll, type BookResult, type BuildAllOptions, type BuildAllSummary, type BuildReporter } from '../../pipeline/build/build-all.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';

export interface RecordingReporter extends BuildReporter {
  done: BookResult[];
}

export function recordingReporter(): RecordingReporter {
  const done: BookResult[] = [];
  return { done, start: () => {}, bookStarted: () => {}, bookDone: (result) => done.push(result), finish: () => {} };
}

/** A build function bound to one pool (one thread unless a test needs more), closed when the test file ends. */
export function inProcessBuilder(threads = 1): (options: Omit<BuildAllOptions, 'reporter' | 'pool' | 'buildDate'> & Partial<Pick<BuildAllOptions, 'buildDate'>>) => Promise<BuildAllSummary> {
  const pool = createBookPool(threads);
  afterAll(() => pool.destroy());
  return (options) => buildAll({ buildDate: new Date('2000-01-01T00:00:00Z'), reporter: recordingReporter(), pool, ...options });
}

export function statusOf(summary: BuildAllSummary): Record<string, string> {
  return Object.fromEntries(summary.results.map((result) => [result.slug, result.status]));
}
