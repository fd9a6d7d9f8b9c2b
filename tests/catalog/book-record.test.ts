import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { countWords, describeBookRecord } from '../../pipeline/build/book-record.ts';
import { describeEntry } from '../../pipeline/catalog/catalog-entry.ts';
import { reportChange, reportWarning } from '../../pipeline/transforms/report-change.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('countWords', () => {
  it('counts the words a reader reads, not front matter or Markdown marks', () => {
    expect(countWords(encode('---\ntitle: Long Front Matter Title\nauthor: Someone\n---\n\n# A Title\n\n* one item — two\n\n---\n\nLast 3 words.\n'))).toBe(8);
  });
});

describe('describeBookRecord', () => {
  it('sums fixes and warnings per rule and rounds reading time to whole minutes', () => {
    const report = new VFile();
    reportChange(report, { ruleId: 'normalize-whitespace', reason: 'collapsed spaces' });
    reportChange(report, { ruleId: 'normalize-whitespace', reason: 'collapsed spaces' });
    reportWarning(report, { ruleId: 'remove-boilerplate', reason: 'looks like a footer' });
    const record = describeBookRecord({
      metadata: { title: 'T', language: 'en', slug: 't' },
      report,
      words: countWords(encode('word '.repeat(700))),
      files: [],
      cover: 't.cover.svg',
      buildDate: new Date('2001-02-03T04:05:06Z'),
    });
    expect(record.cleanup).toMatchObject({ changes: 2, warnings: 1, rules: { 'normalize-whitespace': 2, 'remove-boilerplate': 1 } });
    expect(record.cleanup.line).toMatch(/^2 changes: 2 whitespace; quality \d+\/100/);
    expect(record.cleanup.score).toBeLessThan(100);
    expect(record.words).toBe(700);
    expect(record.readingMinutes).toBe(3);
    expect(record.built).toBe('2001-02-03T04:05:06.000Z');
  });
});

describe('describeEntry', () => {
  it('names a book whose title the cleanup emptied by its slug, in the list and in download names', () => {
    const record = describeBookRecord({
      metadata: { title: ' ', language: 'en', slug: 'markup-only' },
      report: new VFile(),
      words: countWords(encode('Body.')),
      files: [{ format: 'epub', name: 'markup-only.epub', bytes: 10 }],
      cover: '',
      buildDate: new Date(0),
    });
    const entry = describeEntry(record);
    expect(entry.title).toBe('markup-only');
    expect(entry.downloads[0]?.fileName).toBe('markup-only.epub');
  });
});
