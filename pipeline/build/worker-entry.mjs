// The worker threads' entry: plain JavaScript, so it starts without a loader, then loads the
// TypeScript jobs through tsx's API (a loader flag in the workers' execArgv is not honoured on Node 20).
// Results go back with their buffers moved, not copied.
import { tsImport } from 'tsx/esm/api';

// One tsImport (see worker-jobs.ts).
const { buildBookJob, summarizeSeedJob, moveResult } = await tsImport('./worker-jobs.ts', import.meta.url);

export default async function buildBook(job) {
  const result = await buildBookJob(job);
  return moveResult(result, result.files.map(([, bytes]) => bytes));
}

export function summarize(job) {
  const summary = summarizeSeedJob(job);
  return summary ? moveResult(summary, [summary.shingles]) : undefined;
}
