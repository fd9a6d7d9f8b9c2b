import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildAllSummary } from '../../pipeline/build/build-all.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';
import { watchSeeds } from '../../pipeline/build/watch.ts';
import { recordingReporter } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

// Resolves with the first build summary that satisfies `test`, or fails after `milliseconds`.
function nextBuild(builds: BuildAllSummary[], listeners: Array<() => void>, test: (summary: BuildAllSummary) => boolean, milliseconds = 30_000): Promise<BuildAllSummary> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching build within ${milliseconds} ms; saw ${JSON.stringify(builds.map((b) => b.results.map((r) => `${r.slug}:${r.status}`)))}`)), milliseconds);
    const check = () => {
      const found = builds.find(test);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    listeners.push(check);
    check();
  });
}

describe('npm run watch', () => {
  it('builds added and changed seeds and removes the outputs of deleted ones', async () => {
    const { root, seeds, out } = await seedFolder('watch', {
      'first.txt': 'First\n\nThe first seed.\n',
    });
    const builds: BuildAllSummary[] = [];
    const listeners: Array<() => void> = [];
    const controller = new AbortController();
    const pool = createBookPool(1);
    const lines: string[] = [];
    const watching = watchSeeds({
      seedsDirs: [seeds],
      outDir: out,
      formats: ['markdown'],
      buildDate: new Date('2000-01-01T00:00:00Z'),
      reporter: recordingReporter(),
      pool,
      log: (line) => lines.push(line),
      signal: controller.signal,
      onBuild: (summary) => {
        builds.push(summary);
        for (const listener of listeners) listener();
      },
    });
    try {
      await nextBuild(builds, listeners, (summary) => summary.built === 1);
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the watcher get ready

      const seen = builds.length;
      await writeFile(path.join(seeds, 'second.md'), '# Second\n\nAdded while watching.\n');
      await nextBuild(builds, listeners, (summary) => builds.indexOf(summary) >= seen && summary.results.some((result) => result.slug === 'second' && result.status === 'built'));
      expect(existsSync(path.join(out, 'second.md'))).toBe(true);

      const beforeChange = builds.length;
      await writeFile(path.join(seeds, 'first.txt'), 'First\n\nThe first seed, changed.\n');
      const changed = await nextBuild(builds, listeners, (summary) => builds.indexOf(summary) >= beforeChange && summary.built > 0);
      expect(changed.results.filter((result) => result.status === 'built').map((result) => result.slug)).toEqual(['first']);

      const beforeDelete = builds.length;
      await rm(path.join(seeds, 'second.md'));
      const deleted = await nextBuild(builds, listeners, (summary) => builds.indexOf(summary) >= beforeDelete && summary.removed.length > 0);
      expect(deleted.removed).toEqual(['second']);
      expect(existsSync(path.join(out, 'second.md'))).toBe(false);
      expect(lines).toEqual(expect.arrayContaining([`added: ${path.join(seeds, 'second.md')}`, `deleted: ${path.join(seeds, 'second.md')}`]));
    } finally {
      controller.abort();
      await watching;
      await pool.destroy();
    }
  }, 120_000);
});
