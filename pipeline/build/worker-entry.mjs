// The worker threads' entry when there is no bundle of their code (see worker-bundle.ts): plain
// JavaScript, so it starts without a loader, then loads the TypeScript through tsx's API (a loader
// flag in the workers' execArgv is not honoured on Node 20).
import { tsImport } from 'tsx/esm/api';

const jobs = await tsImport('./worker-jobs.ts', import.meta.url);

export default jobs.default;
export const summarize = jobs.summarize;
