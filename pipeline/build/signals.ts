// Interrupts and crashes: whatever this build has half-written (temporary files, its lock) is removed before it exits.
type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
const inFlight = new Set<Promise<unknown>>();
let installed = false;
let interrupted = false;

/** How long an interrupted build waits for writes already under way before it removes what is left and exits. */
const settleTimeoutMs = 10_000;

/**
 * Runs `cleanup` if the process is interrupted or exits before the returned function is called.
 * Cleanups must be synchronous: after a crash nothing asynchronous is waited for.
 */
export function cleanUpOnExit(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** True once a signal asked the build to stop: nothing new should be started. */
export function isInterrupted(): boolean {
  return interrupted;
}

/**
 * An interrupted build waits for `work` to settle before it cleans up and exits. A file operation
 * already handed to libuv's threads still runs after the signal arrives, so removing its temporary
 * file at once could come before the file is created, and the stray would outlive the build.
 */
export function settleBeforeExit<T>(work: Promise<T>): Promise<T> {
  install();
  inFlight.add(work);
  const forget = (): void => {
    inFlight.delete(work);
  };
  work.then(forget, forget);
  return work;
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
    // Once: a second interrupt while writes settle gets the default action and stops the process at once.
    process.once(signal, () => {
      interrupted = true;
      const deadline = new Promise((resolve) => setTimeout(resolve, settleTimeoutMs));
      void Promise.race([Promise.allSettled([...inFlight]), deadline]).then(() => {
        runCleanups();
        process.stderr.write(`build: interrupted (${signal}); outputs already written are whole, unfinished ones were removed.\n`);
        process.exit(code);
      });
    });
  }
  // 'exit' also fires after an uncaught exception, so a crash leaves no temporary file or lock either.
  process.once('exit', runCleanups);
}
