// repair-spin's near-duplicate alignment on a long seed: every neighbouring pair is measured with
// the fast LCS, and only the few similar pairs are diffed. Not timed: the calls are counted.
import { describe, expect, it, vi } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { diffArrays } from 'diff';
import { parsePlainText } from '../../pipeline/parse.ts';
import repairSpin from '../../pipeline/transforms/repair-spin.ts';
import { longestCommonSubsequence } from '../../pipeline/text/similarity.ts';
import { longText } from '../helpers/long-text.ts';

vi.mock('diff', async (importOriginal) => {
  const original = await importOriginal<typeof import('diff')>();
  return { ...original, diffArrays: vi.fn(original.diffArrays) };
});
vi.mock('../../pipeline/text/similarity.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../pipeline/text/similarity.ts')>();
  return { ...original, longestCommonSubsequence: vi.fn(original.longestCommonSubsequence) };
});

describe('repair-spin on a 2 MB seed', () => {
  it('diffs only the neighbouring paragraphs that are near copies', async () => {
    const original = 'The ferryman said the harbour would reopen on Monday once the storm had passed and the quay was repaired.';
    const spun = 'The ferryman stated the harbour would reopen on Monday once the tempest had passed and the quay was repaired.';
    const text = `${longText({ size: 2_000_000, duplicates: 0 })}\n${original}\n\n${spun}\n`;
    const { tree } = parsePlainText(text);
    await unified().use(repairSpin).run(tree, new VFile({ path: 'long.txt', value: text }));

    const measured = vi.mocked(longestCommonSubsequence).mock.calls.length;
    const blocks = tree.children.length;
    expect(measured).toBeGreaterThan(blocks); // neighbours within three blocks, for most blocks
    expect(measured).toBeLessThanOrEqual(3 * blocks);
    const diffed = vi.mocked(diffArrays).mock.calls.length;
    expect(diffed).toBeGreaterThanOrEqual(1); // the spun copy
    expect(diffed).toBeLessThan(measured / 100);
  }, 120_000);
});
