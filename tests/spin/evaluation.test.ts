// The labelled spin sets as a regression gate; `npm run eval:spin` prints the details. The development
// set (tests/fixtures/spin/) is what the rules were tuned on; the first and second held-out sets
// (tests/fixtures/spin-held-out/, tests/fixtures/spin-held-out-2/) and the third
// (tests/fixtures/spin-held-out-3/) have been read since and are development data now; the fourth
// (tests/fixtures/spin-held-out-4/) was committed before the rules it measures and is never tuned on.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSpin } from '../../scripts/spin-evaluation.ts';

// The targets are precision ≥ 0.98 and recall ≥ 0.80. Where a set meets a target it is asserted;
// where it does not (see README, "Spin repair"), the floor is today's measure rounded down, so that a
// change which loses repairs, or makes wrong ones, fails.
// The reachable floor is the share of swaps the lexicon and the document's evidence put within reach at all.
const sets = [
  { name: 'development', dir: '../fixtures/spin/', minimumSpun: 20, minimumClean: 10, precisionFloor: 0.98, recallFloor: 0.76, reachableFloor: 0.79 },
  { name: 'first held-out', dir: '../fixtures/spin-held-out/', minimumSpun: 12, minimumClean: 6, precisionFloor: 0.98, recallFloor: 0.55, reachableFloor: 0.58 },
  { name: 'second held-out', dir: '../fixtures/spin-held-out-2/', minimumSpun: 12, minimumClean: 6, precisionFloor: 0.97, recallFloor: 0.51, reachableFloor: 0.54 },
  { name: 'third held-out', dir: '../fixtures/spin-held-out-3/', minimumSpun: 12, minimumClean: 6, precisionFloor: 0.98, recallFloor: 0.56, reachableFloor: 0.58 },
  { name: 'fourth held-out', dir: '../fixtures/spin-held-out-4/', minimumSpun: 12, minimumClean: 6, precisionFloor: 0.87, recallFloor: 0.46, reachableFloor: 0.48 },
];

describe.each(sets)('repair-spin on the $name set', ({ dir, minimumSpun, minimumClean, precisionFloor, recallFloor, reachableFloor }) => {
  it('changes no clean passage and no quotation, and holds its measured precision and recall', async () => {
    const result = await evaluateSpin(fileURLToPath(new URL(dir, import.meta.url)));
    expect(result.cases.filter((entry) => entry.kind === 'spun').length).toBeGreaterThanOrEqual(minimumSpun);
    expect(result.cases.filter((entry) => entry.kind === 'clean').length).toBeGreaterThanOrEqual(minimumClean);
    expect(result.falseChangeRate).toBe(0);
    expect(result.quotationsChanged).toBe(0);
    expect(result.precision).toBeGreaterThanOrEqual(precisionFloor);
    expect(result.recall).toBeGreaterThanOrEqual(recallFloor);
    // Every restored swap was within reach: the reachable share can only be at least the recall.
    expect(result.reachable).toBeGreaterThanOrEqual(Math.max(reachableFloor, result.recall));
  });
});
