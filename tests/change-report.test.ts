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
    expect(summary.line).toMatch(/^3 changes: 1 boilerplate, 1 duplicate paragraphs, 1 mojibake; quality \d+\/100 \(\d+% of the text's words changed or removed, 1 garbled\); removed apart: 2 words of site furniture, 11 of repeated copies$/);
    expect(summary.garbled).toBe(1);
    expect(summary.score).toBeLessThan(100);
    expect(summary.score).toBeGreaterThan(50);
  });

  it('scores a clean seed 100', async () => {
    const clean = await cleanSeed({ path: 'c.txt', bytes: new TextEncoder().encode('Title\n\nA plain, tidy paragraph.\n'), kind: 'text', slug: 'c' });
    expect(summarizeChanges(clean.report)).toMatchObject({ changes: 0, score: 100, line: "0 changes; quality 100/100 (0% of the text's words changed or removed, 0 garbled)" });
  });

  it('counts removed site furniture and repeated copies apart: they cost the score nothing', () => {
    const summary = summarizeChanges(report);
    expect(summary).toMatchObject({ furnitureWords: 2, copyWords: 11 });
    // Only the mojibake repair changed the text: one word ("cafÃ©") of the 28 left once the copy and
    // the trailer are set apart. Counted as before (14 of all 41 words lost) it scored 64.
    expect(summary.changedShare).toBeCloseTo(1 / 28);
    expect(summary.score).toBe(94);
  });

  it('scores a scraped page by its article: chrome removed is reported, not counted as the author’s loss', async () => {
    const page = [
      'Skip to content', 'Home', 'News', 'Sport', 'Home / News / Transport', 'New tram line opens to the airport', '',
      'The new tram line to the airport opened on Monday morning, with the first car leaving the central station at six.',
      '',
      'Passengers said the journey took twenty minutes, half the time of the old bus route, and cost the same.',
      '',
      'Share this:', 'Facebook', 'X', 'Email', 'Related Posts', 'Bus lanes to be painted red', 'Cycle bridge closed for repairs',
    ].join('\n');
    const { report: scraped } = await cleanSeed({ path: 'tram.txt', bytes: new TextEncoder().encode(page), kind: 'text', slug: 'tram' });
    const summary = summarizeChanges(scraped);
    expect(summary.furnitureWords).toBeGreaterThanOrEqual(20);
    expect(summary.score).toBe(100);
    expect(summary.line).toMatch(/removed apart: \d+ words of site furniture/);
    const text = renderChangeReport(scraped, 'New tram line opens to the airport');
    const [changes, furniture] = text.split('## Site furniture and repeated copies removed');
    expect(changes).toContain('Nothing of the text was changed.');
    expect(furniture).toContain('**remove-site-chrome**');
    expect(furniture).toContain('Related Posts');
  });

  it('lists every change in text order with rule id, line, before and after', () => {
    const text = renderChangeReport(report, book.metadata.title);
    expect(text).toContain('# Cleanup report: Harbour Notes');
    expect(text).toContain('- **collapse-duplicate-paragraphs** (line 5): Removed duplicate paragraph: an exact copy; kept the copy on line 3');
    expect(text).toContain('  - before: ` The pier reopened on Monday after repairs, the harbour master said. `\n  - after: (removed)');
    expect(text).toContain('- **repair-mojibake** (line 7)');
    expect(text).toContain('  - before: ` …along the wall, and the cafÃ© was full by noon. `\n  - after: ` …along the wall, and the café was full by noon. `');
    // The text's own changes first, then what was removed apart, each part in text order.
    const furniture = text.indexOf('## Site furniture and repeated copies removed');
    expect(text.indexOf('line 7')).toBeLessThan(furniture);
    expect(furniture).toBeLessThan(text.indexOf('line 5'));
    expect(text.indexOf('line 5')).toBeLessThan(text.indexOf('line 9'));
  });
});
