// Command line: `npm run build:all`, `npm run build -- <file…>`, `npm run watch` (see README).
import { stat } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { allFormats, type OutputFormat } from './output-formats.ts';
import { buildAll, type BuildAllOptions } from './build/build-all.ts';
import { ConfigError, loadConfig, pageSizeNamed } from './build/config.ts';
import { pageSizes } from './render/pdf/style.ts';
import { LexiconError } from './spin/lexicon.ts';
import { createBookPool } from './build/pool.ts';
import { createReporter, type ReporterKind } from './build/reporters.ts';
import { parseShard, type Shard } from './build/shard.ts';

// Builds without a date of their own are stamped with SOURCE_DATE_EPOCH, the reproducible-builds convention.
function buildDateFromEnvironment(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2000-01-01T00:00:00Z');
}

interface CliOptions {
  seeds?: string[];
  out?: string;
  config?: string;
  format?: OutputFormat[];
  force?: boolean;
  shard?: Shard;
  jobs?: number;
  workerMemory?: number;
  quiet?: boolean;
  json?: boolean;
  watch?: boolean;
  spinLexicon?: string[];
  spinReportOnly?: boolean;
  pageSize?: string;
}

function parseFormats(text: string): OutputFormat[] {
  const names = text.split(',').map((name) => name.trim().toLowerCase()).map((name) => (name === 'md' ? 'markdown' : name));
  const unknown = names.filter((name) => !allFormats.includes(name as OutputFormat));
  if (unknown.length > 0 || names.length === 0) throw new InvalidArgumentError(`formats are ${allFormats.join(', ')} (or md), not "${unknown.join(', ')}"`);
  return names as OutputFormat[];
}

function parseShardOption(text: string): Shard {
  try {
    return parseShard(text);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return jobs;
}

function parseWorkerMemory(text: string): number {
  const megabytes = Number(text);
  // Below this a worker cannot even load the pipeline.
  if (!Number.isInteger(megabytes) || megabytes < 64) throw new InvalidArgumentError('must be a whole number of megabytes, at least 64');
  return megabytes;
}

const program = new Command()
  .name('build')
  .description('Build seeds into Markdown, EPUB and PDF; only what changed since the last build.')
  .argument('[files...]', 'build only these seed files (default: every seed in the seed folders)')
  .option('--seeds <dir...>', 'seed folders (default: "seeds" or the config\'s "seeds")')
  .option('--out <dir>', 'folder for the outputs (default: "out" or the config\'s "out")')
  .option('--config <file>', 'config file (default: ebook.config.json/.yaml in the current folder, if any)')
  .option('--format <list>', 'formats to write, e.g. epub,pdf (md, epub, pdf)', parseFormats)
  .option('--force', 'rebuild every book, even those that are up to date')
  .option('--shard <i/n>', 'build only share i of n (stable by output name), for several machines', parseShardOption)
  .option('--jobs <n>', 'worker threads (default: one per core)', parseJobs)
  .option('--worker-memory <mb>', "heap limit of each worker thread in MB; a book that needs more fails alone (default: Node's)", parseWorkerMemory)
  .addOption(new Option('--quiet', 'print nothing but failures').conflicts('json'))
  .option('--json', 'print one JSON summary instead of lines and a table')
  .option('--page-size <size>', `PDF paper size: ${pageSizes.join(', ')} (default: A5 or the config's "pageSize")`)
  .option('--spin-lexicon <file>', 'your own spun → original pairs (TSV, as data/spin-lexicon.tsv); repeatable; replaces the config\'s spin.lexicons', (file: string, files: string[] = []) => [...files, file])
  .option('--spin-report-only', 'report spinner phrases and what would be repaired, change nothing')
  .option('--watch', 'keep running: rebuild seeds when they are added or changed, remove outputs of deleted ones')
  .action(async (files: string[], options: CliOptions) => {
    try {
      const { config } = await loadConfig(process.cwd(), options.config);
      const seedsDirs = options.seeds ?? config.seeds ?? ['seeds'];
      for (const dir of seedsDirs) await requireFolder(dir);
      const reporterKind: ReporterKind = options.json ? 'json' : options.quiet ? 'quiet' : 'auto';
      const terminal = { out: (line: string) => console.log(line), err: (line: string) => console.error(line), isTTY: process.stdout.isTTY === true, stream: process.stdout };
      const { seeds: _seeds, out: _out, collections, spin: configSpin, ...configOptions } = config;
      const pageSize = options.pageSize === undefined ? undefined : pageSizeNamed(options.pageSize);
      if (options.pageSize !== undefined && !pageSize) throw new UsageError(`unknown page size "${options.pageSize}"; use one of ${pageSizes.join(', ')}.`);
      const bookOptions = { ...configOptions, ...(pageSize ? { pageSize } : {}) };
      // The command line's spin flags win over the config file's.
      const lexiconFiles = options.spinLexicon ?? configSpin?.lexicons;
      const reportOnly = options.spinReportOnly === true || configSpin?.reportOnly === true;
      const buildOptions: BuildAllOptions = {
        seedsDirs,
        outDir: options.out ?? config.out ?? 'out',
        buildDate: buildDateFromEnvironment(),
        options: bookOptions,
        reporter: createReporter(reporterKind, terminal),
        ...(collections ? { collections } : {}),
        ...(options.format ? { formats: options.format } : {}),
        ...(files.length > 0 ? { only: files } : {}),
        ...(options.force ? { force: true } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
        ...(lexiconFiles || reportOnly ? { spin: { ...(lexiconFiles ? { lexiconFiles } : {}), ...(reportOnly ? { reportOnly } : {}) } } : {}),
      };
      const pool = createBookPool(options.jobs, options.workerMemory);
      try {
        if (options.watch) {
          // Loaded only here: the file watcher is not needed by one-off builds.
          const { watchSeeds } = await import('./build/watch.ts');
          await watchSeeds({ ...buildOptions, pool, log: terminal.out });
        } else {
          const summary = await buildAll({ ...buildOptions, pool });
          process.exitCode = summary.failed > 0 ? 1 : 0;
        }
      } finally {
        await pool.destroy();
      }
    } catch (error) {
      // One line, no stack: config, usage and lexicon mistakes and output-folder trouble (OutputError) say what to do.
      console.error(`build: ${(error as Error).message}`);
      process.exitCode = 2;
    }
  });

class UsageError extends Error {}

async function requireFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`the seeds folder "${dir}" does not exist`);
}

await program.parseAsync();
