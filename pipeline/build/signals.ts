// Interrupts and crashes: whatever this build has half-written (temporary files, its lock) is removed before it exits.
type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
let installed = false;

/**
 * Runs `cleanup` if the process is interrupted or exits before the returned function is called.
 * Cleanups must be synchronous: after a signal nothing asynchronous is waited for.
 */
export function cleanUpOnExit(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: one failed removal must not stop the others.
    }
  }
  cleanups.clear();
}

// 128 + signal number, the shell's convention, so callers can tell an interrupted build from a failed one.
const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.once(signal, () => {
      runCleanups();
      process.stderr.write(`build: interrupted (${signal}); outputs already written are whole, unfinished ones were removed.\n`);
      process.exit(code);
    });
  }
  // 'exit' also fires after an uncaught exception, so a crash leaves no temporary file or lock either.
  process.once('exit', runCleanups);
}
