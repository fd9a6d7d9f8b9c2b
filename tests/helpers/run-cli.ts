// Runs the real command line in a child process, as a user would, and captures what it says.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../pipeline/cli.ts', import.meta.url));
// Resolved here, so the command also runs from a temporary folder as its working directory.
const tsxLoader = import.meta.resolve('tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Working folder of the command (a temporary project root with its own config file). */
  cwd?: string;
  /** Run as this user (needs root): lets a test see permission errors that root would not get. */
  uid?: number;
  gid?: number;
  /** Run under this file-size limit in bytes (RLIMIT_FSIZE, through util-linux's prlimit): a larger write fails with EFBIG. */
  limitFileSize?: number;
  /** Flags for node itself, before the loader (a V8 flag, as a user tuning memory would give). */
  nodeFlags?: string[];
}

export function runBuildAll(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const { limitFileSize, nodeFlags = [], ...spawnOptions } = options;
  const command = [process.execPath, ...nodeFlags, '--import', tsxLoader, cli, ...args];
  if (limitFileSize !== undefined) command.unshift('prlimit', `--fsize=${limitFileSize}`, '--');
  return new Promise((resolve) => {
    execFile(command[0]!, command.slice(1), { maxBuffer: 64 * 1024 * 1024, ...spawnOptions }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const catalogCli = fileURLToPath(new URL('../../pipeline/catalog-cli.ts', import.meta.url));

export function runCatalog(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', catalogCli, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningBuild {
  child: ChildProcess;
  /** Resolves when stdout has a line matching `pattern`. */
  waitForLine(pattern: RegExp): Promise<string>;
  /** Resolves when the build exits, with its exit code (or 128 + signal number if killed). */
  finished: Promise<CliResult>;
}

/** Starts build:all without waiting for it, so a test can interrupt it or race another build. */
export function startBuildAll(args: string[]): RunningBuild {
  const child = spawn(process.execPath, ['--import', tsxLoader, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const waiter of [...waiters]) {
      const line = stdout.split('\n').find((candidate) => waiter.pattern.test(candidate));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const signals: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  const finished = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? 128 + (signals[signal ?? ''] ?? 0), stdout, stderr }));
  });
  return {
    child,
    finished,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void finished.then((result) => reject(new Error(`build ended before printing ${pattern}:\n${result.stdout}${result.stderr}`)));
      }),
  };
}
