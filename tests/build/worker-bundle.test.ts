// The workers load their code as one bundle, made once per version of the pipeline; without tsx's flag.
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleFlags, withoutTsx } from '../../pipeline/build/pool.ts';
import { runBuildAll } from '../helpers/run-cli.ts';
import { seedFolder } from '../helpers/temp-dir.ts';
import { tsxWorkerEntry, workerEntry } from '../../pipeline/build/worker-bundle.ts';

describe("the workers' bundle", () => {
  it('is made (not the tsx fallback), once, beside the packages it imports', async () => {
    const entry = await workerEntry();
    expect(entry).not.toBe(tsxWorkerEntry);
    expect(fileURLToPath(entry)).toMatch(/node_modules\/\.cache\/ebook-pipeline\/worker-[0-9a-f]{20}\/worker-jobs\.mjs$/);
    expect((await stat(fileURLToPath(entry))).size).toBeGreaterThan(10_000);
    expect(await workerEntry()).toBe(entry);
  });

  it("gives the workers the parent's Node flags without tsx's loader", () => {
    expect(withoutTsx(['--import', 'tsx', '--max-old-space-size=900'])).toEqual(['--max-old-space-size=900']);
    expect(withoutTsx(['--cpu-prof', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs', '--import', './other.mjs'])).toEqual(['--cpu-prof', '--import', './other.mjs']);
    expect(withoutTsx(['--import=tsx', '--require', 'tsx/cjs', '-r', './preload.cjs'])).toEqual(['-r', './preload.cjs']);
  });


  it('drops tsx from the workers only when it is the only flag: a Worker refuses V8 flags of its own', () => {
    expect(bundleFlags(['--import', 'tsx'])).toEqual({ execArgv: [] });
    expect(bundleFlags([])).toEqual({});
    expect(bundleFlags(['--heap-growing-percent=30', '--import', 'tsx'])).toEqual({});
  });

  it('builds when node is given a V8 flag (the workers inherit it)', async () => {
    const { seeds, out } = await seedFolder('v8-flag', { 'story.txt': 'A Story\n\nIt builds with a V8 flag given to node.\n' });
    const result = await runBuildAll(['--seeds', seeds, '--out', out, '--format', 'md'], { nodeFlags: ['--heap-growing-percent=30'] });
    expect(result.stdout).toContain('1 built, 0 up to date, 0 failed');
    expect(result.code).toBe(0);
  }, 60_000);
});
