// Everything a worker thread runs, in one module: the pool's two kinds of task. Workers load it as
// one bundle (worker-bundle.ts), or through tsx from worker-entry.mjs when there is none; one tsx
// `tsImport`, since each registers tsx's loader again and loads its modules afresh.
// Results go back with their buffers moved, not copied.
import buildBookJob, { type BookJob, type BookJobResult } from './worker.ts';
import { summarizeSeedJob, type SummaryJob, type SummaryResult } from './summarize-job.ts';
import { moveResult } from './transfer.ts';

export default async function buildBook(job: BookJob): Promise<BookJobResult> {
  const result = await buildBookJob(job);
  return moveResult(result, result.files.map(([, bytes]) => bytes));
}

export function summarize(job: SummaryJob): SummaryResult | undefined {
  const summary = summarizeSeedJob(job);
  return summary ? moveResult(summary, [summary.shingles]) : undefined;
}
