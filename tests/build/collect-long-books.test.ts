// A long book's garbage is collected after each transform and each render (see collectorFor in
// worker.ts); what that saves in memory is measured by `npm run bench`, not here.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSeed } from '../../pipeline/index.ts';
import { transformsFor } from '../../pipeline/transforms/index.ts';
import { createBookPool } from '../../pipeline/build/pool.ts';
import { collectorFor, longBookBytes } from '../../pipeline/build/worker.ts';

const text = 'A Short Title\n\nThe first paragraph, with "straight quotes".\n\nThe second  paragraph.\n';

describe('settle, the pipeline’s hook between steps', () => {
  it('is called once after each transform and once after each render', async () => {
    const settle = vi.fn();
    const steps: string[] = [];
    const stage = <T>(name: string, run: () => T): T => {
      steps.push(`${name}@${settle.mock.calls.length}`);
      return run();
    };
    await buildSeed({ path: 'short.txt', bytes: new TextEncoder().encode(text), kind: 'text', slug: 'short' }, { buildDate: new Date(0), formats: ['markdown', 'epub'], settle, stage });
    const transforms = transformsFor({}, {}).length;
    expect(transforms).toBeGreaterThan(10);
    expect(settle).toHaveBeenCalledTimes(transforms + 2);
    // Every transform settled before the renders start, and the Markdown's render before the EPUB's.
    expect(steps).toEqual(['ingest@0', 'parse@0', 'transforms@0', 'markdown@' + transforms, 'epub@' + (transforms + 1)]);
  });
});

describe('collectorFor', () => {
  const global = globalThis as { gc?: () => void };
  const original = global.gc;
  afterEach(() => {
    if (original) global.gc = original;
    else delete global.gc;
  });

  it('collects for a long book, when gc is there, and for no other', () => {
    const gc = vi.fn();
    global.gc = gc;
    const long = collectorFor({ bytes: [new Uint8Array(longBookBytes - 10), new Uint8Array(10)] });
    long.settle?.();
    expect(gc).toHaveBeenCalledTimes(1);
    expect(collectorFor({ bytes: [new Uint8Array(longBookBytes - 1)] })).toEqual({});
    delete global.gc;
    expect(collectorFor({ bytes: [new Uint8Array(longBookBytes)] })).toEqual({});
  });

  it('has gc in the workers of a pool (the pool exposes it to the threads it starts)', async () => {
    const pool = createBookPool(1);
    const kind = await new Promise((resolve, reject) => {
      const worker = new Worker("require('node:worker_threads').parentPort.postMessage(typeof globalThis.gc)", { eval: true });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await pool.destroy();
    expect(kind).toBe('function');
  });
});
