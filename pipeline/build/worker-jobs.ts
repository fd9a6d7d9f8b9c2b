// Everything a worker thread runs, in one module, so that worker-entry.mjs loads TypeScript once:
// each tsx `tsImport` registers tsx's loader again and loads its modules afresh, so three of them
// loaded the shared modules twice and sent every later import through three loaders.
export { default as buildBookJob } from './worker.ts';
export { summarizeSeedJob } from './summarize-job.ts';
export { moveResult } from './transfer.ts';
