import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherCorpusStatistics } from '../../pipeline/corpus-statistics.ts';
import { parseSeed } from '../../pipeline/parse.ts';
import { gatherFolderStatistics } from '../../pipeline/build/folder-statistics.ts';
import { listSeedFiles } from '../../pipeline/build/seed-files.ts';
import { inProcessBuilder, statusOf } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

const notice = 'Reprinted from the Valley Courier syndicate with the permission of its editors.';
const story = (title: string, body: string, ending = notice) => `${title}\n\n${body}\n\n${ending}\n`;

// What the statistics would be with no cache at all: every seed parsed afresh.
async function uncachedStatistics(seeds: string) {
  const files = await listSeedFiles(seeds);
  return gatherCorpusStatistics(await Promise.all(files.map(async (seed) => ({ path: seed.path, tree: parseSeed(await readFile(seed.path, 'utf8'), seed.kind, seed.path).tree }))));
}

describe('the folder pass cache', async () => {
  const { seeds, out } = await seedFolder('folder-pass', {
    'a.txt': story('Ferry Times', 'The winter timetable starts on Monday with two fewer crossings a day.'),
    'b.txt': story('Quay Repairs', 'Masons began work on the east quay after the autumn storms loosened its stones.'),
    'c.txt': story('Market Day', 'The Thursday market moved indoors for the season.', 'Stalls open at eight.'),
  });
  await mkdir(path.join(out, '.books'), { recursive: true });
  const pipeline = 'pipeline-under-test';

  it('gives the statistics an uncached pass gives, and files them for the next build', async () => {
    const first = await gatherFolderStatistics(await listSeedFiles(seeds), out, pipeline);
    expect(first.statistics).toEqual(await uncachedStatistics(seeds));
    // Two seeds end with the notice: below the three that make boilerplate.
    expect(first.statistics.edgeBoilerplate).toEqual([]);
    expect(first.digests.size).toBe(3);
    expect((await readdir(path.join(out, '.books'))).sort()).toEqual(['folder-statistics.cache', 'seed-summaries.cache']);
  });

  it('takes the filed statistics when no seed changed', async () => {
    // A planted entry under the real key shows the pass read the file instead of the seeds.
    const file = path.join(out, '.books', 'folder-statistics.cache');
    const filed = JSON.parse(await readFile(file, 'utf8'));
    const planted = { edgeBoilerplate: [{ text: 'planted', seeds: 9 }], nearDuplicates: {} };
    await writeFile(file, JSON.stringify({ key: filed.key, statistics: planted }));
    expect((await gatherFolderStatistics(await listSeedFiles(seeds), out, pipeline)).statistics).toEqual(planted);
    // Another pipeline (a code change) does not trust it.
    expect((await gatherFolderStatistics(await listSeedFiles(seeds), out, 'another-pipeline')).statistics).toEqual(await uncachedStatistics(seeds));
  });

  it('learns from a changed seed, a new one and a removed one as an uncached pass does', async () => {
    await writeFile(path.join(seeds, 'c.txt'), story('Market Day', 'The Thursday market moved indoors for the season.'));
    const changed = await gatherFolderStatistics(await listSeedFiles(seeds), out, pipeline);
    expect(changed.statistics).toEqual(await uncachedStatistics(seeds));
    expect(changed.statistics.edgeBoilerplate.map((entry) => entry.text)).toEqual(['reprinted from the valley courier syndicate with the permission of its editors']);

    await writeFile(path.join(seeds, 'd.txt'), story('Ferry Times Again', 'The winter timetable starts on Monday with two fewer crossings a day, it said.'));
    await rm(path.join(seeds, 'b.txt'));
    const moved = await gatherFolderStatistics(await listSeedFiles(seeds), out, pipeline);
    expect(moved.statistics).toEqual(await uncachedStatistics(seeds));
    expect(Object.keys(moved.statistics.nearDuplicates).map((file) => path.basename(file)).sort()).toEqual(['a.txt', 'd.txt']);
  });

  it('ignores a damaged cache file', async () => {
    await writeFile(path.join(out, '.books', 'seed-summaries.cache'), 'not a cache');
    await writeFile(path.join(out, '.books', 'folder-statistics.cache'), '{"key":');
    expect((await gatherFolderStatistics(await listSeedFiles(seeds), out, pipeline)).statistics).toEqual(await uncachedStatistics(seeds));
  });
});

describe('a rebuild with the folder pass cached', async () => {
  const build = inProcessBuilder();
  const { seeds, out } = await seedFolder('folder-pass-build', {
    'a.txt': story('Ferry Times', 'The winter timetable starts on Monday with two fewer crossings a day.'),
    'b.txt': story('Quay Repairs', 'Masons began work on the east quay after the autumn storms loosened its stones.'),
    'c.txt': story('Market Day', 'The Thursday market moved indoors for the season.', 'Stalls open at eight.'),
  });

  it('rebuilds every seed whose cleanup depends on what a changed seed taught the folder', async () => {
    expect(Object.values(statusOf(await build({ seedsDirs: [seeds], outDir: out, formats: ['markdown'] })))).toEqual(['built', 'built', 'built']);
    expect(await readFile(path.join(out, 'a.md'), 'utf8')).toContain('Valley Courier');
    expect(Object.values(statusOf(await build({ seedsDirs: [seeds], outDir: out, formats: ['markdown'] })))).toEqual(['up to date', 'up to date', 'up to date']);
    // c now ends with the notice too: three seeds make it boilerplate, so a and b lose it as well.
    await writeFile(path.join(seeds, 'c.txt'), story('Market Day', 'The Thursday market moved indoors for the season.'));
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out, formats: ['markdown'] }))).toEqual({ a: 'built', b: 'built', c: 'built' });
    for (const slug of ['a', 'b', 'c']) expect(await readFile(path.join(out, `${slug}.md`), 'utf8')).not.toContain('Valley Courier');
    expect(Object.values(statusOf(await build({ seedsDirs: [seeds], outDir: out, formats: ['markdown'] })))).toEqual(['up to date', 'up to date', 'up to date']);
    // c changes back: the notice is no longer boilerplate, and a and b get it back.
    await writeFile(path.join(seeds, 'c.txt'), story('Market Day', 'The Thursday market moved indoors for the season.', 'Stalls open at eight.'));
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out, formats: ['markdown'] }))).toEqual({ a: 'built', b: 'built', c: 'built' });
    expect(await readFile(path.join(out, 'a.md'), 'utf8')).toContain('Valley Courier');
  }, 120_000);
});
