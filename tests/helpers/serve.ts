// Runs the real `npm run serve` command line in a child process and hands back its printed address.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, onTestFinished } from 'vitest';

const cli = fileURLToPath(new URL('../../pipeline/serve-cli.ts', import.meta.url));

export interface RunningServer {
  /** Base URL with a trailing slash, as the command printed it. */
  url: string;
  output: () => string;
  child: ChildProcess;
}

/**
 * Starts the server on a free port. Called while a describe block is collected, it is stopped after
 * the file; called inside a test, after that test (`inTest`).
 */
export function startServe(outDir: string, extraArgs: string[] = [], inTest = false): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--out', outDir, '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  (inTest ? onTestFinished : afterAll)(() => {
    child.kill();
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Serving .* at (http:\/\/\S+\/) /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => output, child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}
