// The labelled spin set (tests/fixtures/spin/) as a regression gate; `npm run eval:spin` prints the details.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSpin } from '../../scripts/spin-evaluation.ts';

describe('repair-spin on the labelled evaluation set', () => {
  it('meets the precision and no-harm targets, and holds its measured recall', async () => {
    const result = await evaluateSpin(fileURLToPath(new URL('../fixtures/spin/', import.meta.url)));
    expect(result.cases.length).toBeGreaterThanOrEqual(30);
    expect(result.cases.filter((entry) => entry.kind === 'clean').length).toBeGreaterThanOrEqual(10);
    expect(result.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.falseChangeRate).toBe(0);
    expect(result.quotationsChanged).toBe(0);
    // The target is 0.80; what the repair reaches today is far lower (see README, "Spin repair").
    // This floor is today's measure, so that a change which loses repairs fails.
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});

const RECALL_FLOOR = 0.22;
