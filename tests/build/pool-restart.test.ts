import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../pipeline/build/build-all.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';
import { recordingReporter, statusOf } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

// Watch mode keeps one pool for every rebuild. A worker that cannot start (here: while a marker file
// exists, its module throws) fails the books of that build; the next build must get working threads
// again, not a pool that was closed for good.
describe('a worker that fails to start', () => {
  it('fails that build, and the next build on the same pool starts new workers', async () => {
    const { root, seeds, out } = await seedFolder('pool-restart', { 'story.txt': 'A Story\n\nIt builds once the workers start.\n' });
    const marker = path.join(root, 'workers-cannot-start');
    const entry = path.join(root, 'failing-entry.mjs');
    const realEntry = pathToFileURL(path.resolve('pipeline/build/worker-entry.mjs')).href;
    await writeFile(entry, [
      `import { existsSync } from 'node:fs';`,
      `if (existsSync(${JSON.stringify(marker)})) throw new Error('this worker cannot start');`,
      `export { default, summarize } from ${JSON.stringify(realEntry)};`,
      '',
    ].join('\n'));
    await writeFile(marker, '');
    const pool = createBookPool(1, undefined, pathToFileURL(entry));
    const build = () => buildAll({ seedsDirs: [seeds], outDir: out, formats: ['markdown'], buildDate: new Date('2000-01-01T00:00:00Z'), reporter: recordingReporter(), pool });
    try {
      const first = await build();
      expect(statusOf(first)).toEqual({ story: 'failed' });

      await rm(marker);
      const second = await build();
      expect(statusOf(second)).toEqual({ story: 'built' });
    } finally {
      await pool.destroy();
    }
  }, 60_000);
});
