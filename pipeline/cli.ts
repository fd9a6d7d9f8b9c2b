// Command line: `npm run build:all [-- --seeds DIR --out DIR]`.
import { Command } from 'commander';
import { buildAll } from './build/build-all.ts';

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
  .action(async (options: { seeds: string; out: string }) => {
    try {
      const summary = await buildAll({
        seedsDir: options.seeds,
        outDir: options.out,
        buildDate: buildDateFromEnvironment(),
        log: (line) => console.log(line),
      });
      process.exitCode = summary.failed > 0 ? 1 : 0;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? `the seeds folder "${options.seeds}" does not exist` : (error as Error).message;
      console.error(`build:all: ${reason}`);
      process.exitCode = 2;
    }
  });

await program.parseAsync();
