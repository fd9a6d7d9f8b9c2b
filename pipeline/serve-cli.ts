// Command line: `npm run serve [-- --port N --host ADDRESS --out DIR]` serves the built books.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createOutServer } from './serve/serve-out.ts';

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  return number;
}

const program = new Command()
  .name('serve')
  .description('Serve the output folder: the catalog page, the OPDS feed and every book.')
  .option('--out <dir>', 'folder the books were built into', 'out')
  .option('--port <number>', 'port to listen on (0 picks a free one)', port, 8080)
  .option('--host <address>', 'address to listen on; 0.0.0.0 makes the books reachable from the local network', '127.0.0.1')
  .action((options: { out: string; port: number; host: string }) => {
    const server = createOutServer(options.out);
    server.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port` : error.message;
      console.error(`serve: ${reason}`);
      process.exit(2);
    });
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : options.port;
      const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
      console.log(`Serving ${options.out} at http://${shownHost}:${actualPort}/ (OPDS feed: http://${shownHost}:${actualPort}/opds.xml)`);
      if (options.host === '0.0.0.0' || options.host === '::') {
        for (const lan of localAddresses()) console.log(`  on the local network: http://${lan}:${actualPort}/`);
      }
      if (!existsSync(path.join(options.out, 'index.html'))) console.log(`No catalog in ${options.out} yet: run npm run build:all (or npm run catalog) first.`);
      console.log('Press Ctrl+C to stop.');
    });
  });

function localAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

await program.parseAsync();
