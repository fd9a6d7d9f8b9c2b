// The per-seed summary line and the readable report built from the transforms' messages.
import { describe, expect, it } from 'vitest';
import { cleanSeed } from '../pipeline/index.ts';
import { renderChangeReport, summarizeChanges } from '../pipeline/change-report.ts';

const seed = [
  'Harbour Notes',
  '',
  'The pier reopened on Monday after repairs, the harbour master said.',
  '',
  'The pier reopened on Monday after repairs, the harbour master said.',
  '',
  'Boats were moored two deep along the wall, and the cafÃ© was full by noon.',
  '',
  'Source link',
].join('\n');

describe('the cleanup report', async () => {
  const { report, book } = await cleanSeed({ path: 'notes.txt', bytes: new TextEncoder().encode(seed), kind: 'text', slug: 'notes' });

  it('sums up the changes by kind, with a quality score', () => {
    const summary = summarizeChanges(report);
    expect(summary.line).toMatch(/^3 changes: 1 boilerplate, 1 duplicate paragraphs, 1 mojibake; quality \d+\/100 \(\d+% of words changed or removed, 1 garbled\)$/);
    expect(summary.garbled).toBe(1);
    expect(summary.score).toBeLessThan(100);
    expect(summary.score).toBeGreaterThan(50);
  });

  it('scores a clean seed 100', async () => {
    const clean = await cleanSeed({ path: 'c.txt', bytes: new TextEncoder().encode('Title\n\nA plain, tidy paragraph.\n'), kind: 'text', slug: 'c' });
    expect(summarizeChanges(clean.report)).toMatchObject({ changes: 0, score: 100, line: '0 changes; quality 100/100 (0% of words changed or removed, 0 garbled)' });
  });

  it('lists every change in text order with rule id, line, before and after', () => {
    const text = renderChangeReport(report, book.metadata.title);
    expect(text).toContain('# Cleanup report: Harbour Notes');
    expect(text).toContain('- **collapse-duplicate-paragraphs** (line 5): Removed duplicate paragraph: an exact copy; kept the copy on line 3');
    expect(text).toContain('  - before: ` The pier reopened on Monday after repairs, the harbour master said. `\n  - after: (removed)');
    expect(text).toContain('- **repair-mojibake** (line 7)');
    expect(text).toContain('  - before: ` …along the wall, and the cafÃ© was full by noon. `\n  - after: ` …along the wall, and the café was full by noon. `');
    expect(text.indexOf('line 5')).toBeLessThan(text.indexOf('line 7'));
    expect(text.indexOf('line 7')).toBeLessThan(text.indexOf('line 9'));
  });
});
