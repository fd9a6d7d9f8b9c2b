// Command line: `npm run build:all [-- --seeds DIR --out DIR]`.
import { Command } from 'commander';
import { buildAll } from './build/build-all.ts';
import { LexiconError } from './spin/lexicon.ts';
import { pageSizes } from './render/pdf.ts';
import { isOutputError } from './build/output-error.ts';

// Builds without a date of their own are stamped with SOURCE_DATE_EPOCH, the reproducible-builds convention.
function buildDateFromEnvironment(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2000-01-01T00:00:00Z');
}

const program = new Command()
  .name('build:all')
  .description('Build every seed into Markdown, EPUB and PDF.')
  .option('--seeds <dir>', 'folder of .txt and .md seeds', 'seeds')
  .option('--out <dir>', 'folder for the outputs', 'out')
  .option('--spin-lexicon <file>', 'your own spun → original pairs (TSV, as data/spin-lexicon.tsv); repeatable', (file: string, files: string[]) => [...files, file], [] as string[])
  .option('--spin-report-only', 'report spinner phrases and what would be repaired, change nothing')
  .option('--page-size <size>', `PDF paper size: ${pageSizes.join(', ')}`, 'A5')
  .action(async (options: { seeds: string; out: string; spinLexicon: string[]; spinReportOnly?: boolean; pageSize: string }) => {
    const pageSize = pageSizes.find((size) => size.toLowerCase() === options.pageSize.toLowerCase());
    if (!pageSize) {
      console.error(`build:all: unknown page size "${options.pageSize}"; use one of ${pageSizes.join(', ')}.`);
      process.exitCode = 2;
      return;
    }
    try {
      const summary = await buildAll({
        seedsDir: options.seeds,
        outDir: options.out,
        buildDate: buildDateFromEnvironment(),
        pageSize,
        log: (line) => console.log(line),
        spin: { lexiconFiles: options.spinLexicon, reportOnly: options.spinReportOnly === true },
      });
      process.exitCode = summary.failed > 0 ? 1 : 0;
    } catch (error) {
      if (error instanceof LexiconError) {
        console.error(`build:all: ${error.message}`);
        process.exitCode = 2;
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      const reason = isOutputError(error) ? error.message : code === 'ENOENT' ? `the seeds folder "${options.seeds}" does not exist` : (error as Error).message;
      console.error(`build:all: ${reason}`);
      process.exitCode = 2;
    }
  });

await program.parseAsync();
