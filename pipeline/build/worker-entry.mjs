// The worker threads' entry: plain JavaScript, so it starts without a loader, then loads the
// TypeScript job through tsx's API (a loader flag in the workers' execArgv is not honoured on Node 20).
import { tsImport } from 'tsx/esm/api';

const { default: buildBookJob } = await tsImport('./worker.ts', import.meta.url);
export default buildBookJob;
