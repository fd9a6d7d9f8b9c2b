// Command line: `npm run catalog [-- --out DIR]` rewrites the catalog page and OPDS feed from out/ alone.
import { Command } from 'commander';
import { writeCatalog } from './build/write-catalog.ts';

const program = new Command()
  .name('catalog')
  .description('Write index.html and opds.xml from the book records in the output folder.')
  .option('--out <dir>', 'folder the books were built into', 'out')
  .action(async (options: { out: string }) => {
    try {
      console.log(await writeCatalog(options.out));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(`catalog: ${code === 'ENOENT' ? `the folder "${options.out}" does not exist; run npm run build:all first` : (error as Error).message}`);
      process.exitCode = 2;
    }
  });

await program.parseAsync();
