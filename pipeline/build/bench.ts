// `npm run bench`: builds a generated corpus cold, again with nothing changed, and with one seed
// changed; builds one very large seed; times pandoc on the same corpus; prints and saves the figures.
// Every measured build runs in a child process of its own, so its peak memory is its own.
import { execFile, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import type { Stage } from '../index.ts';
import { allFormats, type OutputFormat } from '../output-formats.ts';
import { buildAll } from './build-all.ts';
import { writeBigSeed, writeCorpus } from './bench-corpus.ts';
import { createBookPool } from './pool.ts';
import { workerEntry } from './worker-bundle.ts';

const self = fileURLToPath(import.meta.url);
const run = promisify(execFile);

interface Measured {
  books: number;
  built: number;
  failed: number;
  /** Wall time of the build itself, and of the whole command (process and pool start included). */
  buildSeconds: number;
  commandSeconds: number;
  peakMemoryMB: number;
  /** Worker milliseconds per stage, summed over books. */
  stages: Partial<Record<Stage, number>>;
}

// Child mode: one build, then its figures as one JSON line on stdout.
async function measureInChild(seeds: string, out: string, formats: OutputFormat[], jobs: number): Promise<void> {
  const pool = createBookPool(jobs);
  const started = performance.now();
  const summary = await buildAll({ seedsDirs: [seeds], outDir: out, formats, buildDate: new Date('2000-01-01T00:00:00Z'), pool, reporter: { start: () => {}, bookStarted: () => {}, bookDone: () => {}, finish: () => {} } });
  const buildSeconds = (performance.now() - started) / 1000;
  await pool.destroy();
  const measured: Omit<Measured, 'commandSeconds'> = {
    books: summary.results.length,
    built: summary.built,
    failed: summary.failed,
    buildSeconds,
    peakMemoryMB: process.resourceUsage().maxRSS / 1024,
    stages: summary.timings,
  };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

async function measure(seeds: string, out: string, formats: OutputFormat[], jobs: number): Promise<Measured> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--import', import.meta.resolve('tsx'), self, '--child', seeds, out, formats.join(','), String(jobs)], { maxBuffer: 16 * 1024 * 1024 });
  const commandSeconds = (performance.now() - started) / 1000;
  return { ...(JSON.parse(stdout.trim().split('\n').pop()!) as Omit<Measured, 'commandSeconds'>), commandSeconds };
}

// pandoc, one process per seed, `parallel` at a time: how a shell script would use it.
async function timePandoc(seeds: string, out: string, parallel: number): Promise<number | undefined> {
  try {
    await run('pandoc', ['--version']);
  } catch {
    return undefined;
  }
  await mkdir(out, { recursive: true });
  const files = (await readdir(seeds)).sort();
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const title = path.basename(file, path.extname(file));
      await new Promise<void>((resolve, reject) => {
        const child = spawn('pandoc', ['-f', 'markdown', '-t', 'epub3', '--metadata', `title=${title}`, '-o', path.join(out, `${title}.epub`), path.join(seeds, file)], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc failed on ${file}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return (performance.now() - started) / 1000;
}

function line(label: string, value: string): void {
  console.log(`${label.padEnd(34)} ${value}`);
}

function stageLine(stages: Measured['stages']): string {
  const total = Object.values(stages).reduce((sum, value) => sum + value, 0);
  return (['ingest', 'parse', 'transforms', 'markdown', 'epub', 'pdf'] as const)
    .filter((stage) => stages[stage] !== undefined)
    .map((stage) => `${stage} ${(stages[stage]! / 1000).toFixed(1)} s (${((100 * stages[stage]!) / total).toFixed(0)}%)`)
    .join(', ');
}

interface BenchOptions {
  seeds: number;
  minKb: number;
  maxKb: number;
  bigMb: number;
  /** False with --no-big-seed. */
  bigSeed?: boolean;
  jobs: number;
  scaling: boolean;
  pandoc: boolean;
  json: string;
}

async function bench(options: BenchOptions): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'ebook-bench-'));
  const results: Record<string, unknown> = { options, cores: availableParallelism(), node: process.version, startedAt: new Date().toISOString() };
  // The workers' bundle is made by the first build after the code changed, as tsx's cache is filled:
  // made here, so that no measured build pays for it.
  await workerEntry();
  console.log(`Corpus in ${root} (${options.seeds} seeds of ${options.minKb}–${options.maxKb} KB${options.bigMb > 0 ? `, plus one ${options.bigMb} MB seed` : ''}); ${options.jobs} worker threads.`);
  try {
    // `--seeds 0` measures the large seed alone.
    if (options.seeds > 0) {
      const corpus = path.join(root, 'corpus');
      const corpusBytes = await writeCorpus(corpus, { seeds: options.seeds, minBytes: options.minKb * 1024, maxBytes: options.maxKb * 1024 });
      const megabytes = corpusBytes / 1024 / 1024;
      line('corpus', `${options.seeds} seeds, ${megabytes.toFixed(1)} MB`);

      const cold = await measure(corpus, path.join(root, 'out-all'), [...allFormats], options.jobs);
      results.cold = cold;
      line('cold build, md+epub+pdf', `${cold.buildSeconds.toFixed(1)} s (command ${cold.commandSeconds.toFixed(1)} s): ${(cold.books / cold.buildSeconds).toFixed(1)} seeds/s, ${(megabytes / cold.buildSeconds).toFixed(2)} MB/s, peak ${cold.peakMemoryMB.toFixed(0)} MB, ${cold.failed} failed`);
      line('  worker time per stage', stageLine(cold.stages));

      const noop = await measure(corpus, path.join(root, 'out-all'), [...allFormats], options.jobs);
      results.noop = noop;
      line('no-op rebuild', `${noop.buildSeconds.toFixed(2)} s (command ${noop.commandSeconds.toFixed(2)} s) = ${((100 * noop.buildSeconds) / cold.buildSeconds).toFixed(2)}% of cold (command: ${((100 * noop.commandSeconds) / cold.commandSeconds).toFixed(2)}%), ${noop.built} rebuilt`);

      const first = (await readdir(corpus)).sort()[0]!;
      await appendFile(path.join(corpus, first), '\n\nA paragraph added for the one-changed rebuild.\n');
      const oneChanged = await measure(corpus, path.join(root, 'out-all'), [...allFormats], options.jobs);
      results.oneChanged = oneChanged;
      line('rebuild after one seed changed', `${oneChanged.buildSeconds.toFixed(2)} s (command ${oneChanged.commandSeconds.toFixed(2)} s), ${oneChanged.built} rebuilt`);

      const epub = await measure(corpus, path.join(root, 'out-epub'), ['epub'], options.jobs);
      results.epubOnly = epub;
      line('cold build, epub only', `${epub.buildSeconds.toFixed(1)} s (command ${epub.commandSeconds.toFixed(1)} s): ${(epub.books / epub.buildSeconds).toFixed(1)} seeds/s, peak ${epub.peakMemoryMB.toFixed(0)} MB`);

      if (options.pandoc) {
        const pandocSeconds = await timePandoc(corpus, path.join(root, 'out-pandoc'), 2);
        if (pandocSeconds === undefined) line('pandoc', 'not installed (Debian: apt-get install pandoc); skipped');
        else {
          const pandocRate = options.seeds / pandocSeconds;
          results.pandoc = { seconds: pandocSeconds, seedsPerSecond: pandocRate, epubRatio: epub.commandSeconds > 0 ? pandocSeconds / epub.commandSeconds : null, allFormatsRatio: pandocSeconds / cold.commandSeconds };
          line('pandoc → epub, 2 in parallel', `${pandocSeconds.toFixed(1)} s: ${pandocRate.toFixed(1)} seeds/s`);
          line('  ratio, epub only vs pandoc', `${(pandocSeconds / epub.commandSeconds).toFixed(2)}× pandoc's throughput (target ≥ 5×; whole command timed)`);
          line('  ratio, all formats vs pandoc epub', `${(pandocSeconds / cold.commandSeconds).toFixed(2)}× (target ≥ 2×)`);
        }
      }
    }

    if (options.bigMb > 0) {
      const bigDir = path.join(root, 'big');
      const bigBytes = await writeBigSeed(path.join(bigDir, 'big-seed.txt'), options.bigMb * 1024 * 1024);
      const big = await measure(bigDir, path.join(root, 'out-big'), [...allFormats], options.jobs);
      results.bigSeed = { ...big, bytes: bigBytes };
      line(`one ${(bigBytes / 1024 / 1024).toFixed(0)} MB seed, md+epub+pdf`, `${big.buildSeconds.toFixed(1)} s, peak ${big.peakMemoryMB.toFixed(0)} MB (target < 1024), ${big.failed} failed`);
      line('  worker time per stage', stageLine(big.stages));
    }

    if (options.scaling) {
      const scaling: Array<{ seeds: number; megabytes: number; seconds: number }> = [];
      for (const count of [Math.round(options.seeds / 2), options.seeds, options.seeds * 2]) {
        const dir = path.join(root, `corpus-${count}`);
        const bytes = await writeCorpus(dir, { seeds: count, minBytes: options.minKb * 1024, maxBytes: options.maxKb * 1024 });
        const measured = await measure(dir, path.join(root, `out-${count}`), [...allFormats], options.jobs);
        scaling.push({ seeds: count, megabytes: bytes / 1024 / 1024, seconds: measured.buildSeconds });
        line(`scaling: ${count} seeds`, `${measured.buildSeconds.toFixed(1)} s, ${((1000 * measured.buildSeconds) / count).toFixed(1)} ms/seed`);
        await rm(dir, { recursive: true, force: true });
        await rm(path.join(root, `out-${count}`), { recursive: true, force: true });
      }
      results.scaling = scaling;
    }
  } finally {
    results.finishedAt = new Date().toISOString();
    await writeFile(options.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Figures written to ${options.json}`);
    await rm(root, { recursive: true, force: true });
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex >= 0) {
  const [seeds, out, formats, jobs] = process.argv.slice(childIndex + 1);
  await measureInChild(seeds!, out!, formats!.split(',') as OutputFormat[], Number(jobs));
} else {
  const number = (text: string) => Number(text);
  await new Command()
    .name('bench')
    .description('Measure the build on a generated corpus (see README, "Benchmark").')
    .option('--seeds <n>', 'seeds in the corpus', number, 500)
    .option('--min-kb <n>', 'smallest seed', number, 2)
    .option('--max-kb <n>', 'largest seed', number, 40)
    .option('--big-mb <n>', 'size of the one large seed; 0 skips it', number, 20)
    .option('--no-big-seed', 'skip the large seed (same as --big-mb 0)')
    .option('--jobs <n>', 'worker threads', number, availableParallelism())
    .option('--scaling', 'also build corpora of half and twice the size, to check time grows linearly')
    .option('--no-pandoc', 'do not time pandoc')
    .option('--json <file>', 'where to write the figures', 'bench-results.json')
    .action((options: BenchOptions) => bench({ ...options, bigMb: options.bigSeed === false ? 0 : options.bigMb, scaling: options.scaling === true }))
    .parseAsync();
}
