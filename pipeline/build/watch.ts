// Watch mode: build once, then rebuild whenever a seed is added, changed or deleted. Each rebuild
// is the ordinary incremental build, so only the touched books are rebuilt, and a deleted seed's
// outputs are removed by the same rule that removes them in a one-off build.
import { watch } from 'chokidar';
import { buildAll, type BuildAllOptions, type BuildAllSummary } from './build-all.ts';
import { kindOf } from './seed-files.ts';

export interface WatchOptions extends BuildAllOptions {
  log: (line: string) => void;
  /** Stops watching when aborted (tests, or a caller embedding the watcher). */
  signal?: AbortSignal;
  /** Called after every build, first one included. */
  onBuild?: (summary: BuildAllSummary) => void;
}

// Editors save in bursts (write, rename, chmod): wait for the burst to end before building.
const settleMilliseconds = 150;

export async function watchSeeds(options: WatchOptions): Promise<void> {
  const { log, signal, onBuild, ...buildOptions } = options;
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;

  const rebuild = () => {
    pending = true;
    running = running.then(async () => {
      if (!pending) return;
      pending = false;
      const summary = await buildAll(buildOptions);
      onBuild?.(summary);
    });
    return running;
  };

  await rebuild();
  const watcher = watch([...options.seedsDirs], {
    ignoreInitial: true,
    depth: 0,
    ignored: (file, stats) => stats?.isFile() === true && kindOf(file) === undefined,
  });
  watcher.on('all', (event, file) => {
    if (kindOf(file) === undefined) return;
    log(`${event === 'unlink' ? 'deleted' : event === 'add' ? 'added' : 'changed'}: ${file}`);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), settleMilliseconds);
  });
  await new Promise<void>((resolve) => watcher.on('ready', resolve));
  log(`Watching ${options.seedsDirs.join(', ')} for seed changes (Ctrl+C to stop).`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearTimeout(timer);
  await watcher.close();
  await running;
}
