// The example job files in deploy/ must stay consistent with the --shard option they document.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseShard } from '../../pipeline/build/shard.ts';

// any: free-form YAML, whose fields the tests check one by one.
const read = async (name: string) => parse(await readFile(new URL(`../../deploy/${name}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('deploy examples', () => {
  it('the Kubernetes Indexed Job gives each pod one share, 1-based, out of as many as it runs', async () => {
    const job = await read('kubernetes-indexed-job.yaml');
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const script: string = job.spec.template.spec.containers[0].args[0];
    const count = Number(/--shard "\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)\/(\d+)"/.exec(script)?.[1]);
    expect(count).toBe(job.spec.completions);
    for (let index = 0; index < count; index += 1) expect(parseShard(`${index + 1}/${count}`)).toEqual({ index, count });
  });

  it('the CI matrix runs every share once and joins them before the catalog', async () => {
    const workflow = await read('github-actions-shards.yml');
    const shards: number[] = workflow.jobs.build.strategy.matrix.shard;
    const step = workflow.jobs.build.steps.find((candidate: { run?: string }) => candidate.run?.includes('--shard'));
    const count = Number(/--shard \$\{\{ matrix.shard \}\}\/(\d+)/.exec(step.run)?.[1]);
    expect(shards).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    expect(workflow.jobs.catalog.needs).toBe('build');
  });
});
