// Unit tests for the PDF's line breaking, hyphenation, font fallback and pagination rules.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { faceFor, splitByFace, widthOf } from '../../pipeline/render/pdf/fonts.ts';
import { hyphenatorFor } from '../../pipeline/render/pdf/hyphenate.ts';
import { Pager, type Block } from '../../pipeline/render/pdf/pager.ts';
import { breakParagraph, type Line } from '../../pipeline/render/pdf/paragraph.ts';

describe('hyphenatorFor', () => {
  it('splits English words by the patterns, two letters before a break and three after', () => {
    expect(hyphenatorFor('en-US')('hyphenation')).toEqual(hyphenatorFor('en')('hyphenation'));
    expect(hyphenatorFor('en')('representative').join('-')).toBe('rep-re-sen-ta-tive');
    expect(hyphenatorFor('en')('quoted')).toEqual(['quoted']);
  });

  it('uses the patterns of the book’s language and falls back to the main language', () => {
    expect(hyphenatorFor('de')('Donaudampfschifffahrt').length).toBeGreaterThan(3);
    expect(hyphenatorFor('de-AT')('Donaudampfschifffahrt')).toEqual(hyphenatorFor('de')('Donaudampfschifffahrt'));
  });

  it('leaves words whole in a language without patterns', () => {
    expect(hyphenatorFor('xx-unknown')('representative')).toEqual(['representative']);
  });
});

describe('font fallback', () => {
  it('sets Latin, Greek and Cyrillic in Literata and what it lacks in DejaVu', () => {
    expect(faceFor('a'.codePointAt(0)!, 'regular')).toBe('literata');
    expect(faceFor('λ'.codePointAt(0)!, 'italic')).toBe('literataItalic');
    expect(faceFor('ж'.codePointAt(0)!, 'bold')).toBe('literataBold');
    expect(faceFor('⇒'.codePointAt(0)!, 'regular')).toBe('dejavuSerif');
    expect(faceFor('ש'.codePointAt(0)!, 'regular')).toBe('dejavuSans');
    expect(faceFor('漢'.codePointAt(0)!, 'regular')).toBeNull();
  });

  it('splits text into pieces by face and stands in for what no face has', () => {
    expect(splitByFace('a ⇒ b 漢', 'regular')).toEqual([
      { text: 'a ', face: 'literata' },
      { text: '⇒ ', face: 'dejavuSerif' },
      { text: 'b ', face: 'literata' },
      { text: '\uFFFD', face: 'dejavuSans', actual: '漢' },
    ]);
  });
});

const measure = (face: Parameters<typeof widthOf>[0], text: string): number => widthOf(face, text, 10.5);
const text = (line: Line): string => line.segments.map((segment) => segment.text).join('');

describe('breakParagraph', () => {
  const runs = [{ text: 'Notwithstanding the extraordinarily changeable weather, representatives of the harbour counted the incoming vessels with considerable exasperation every single morning.', variant: 'regular' as const }];

  it('justifies every line but the last to the full width, hyphenating where it helps', () => {
    const lines = breakParagraph(runs, { width: 160, align: 'justify', firstIndent: 0, hyphenate: hyphenatorFor('en'), measure });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((line) => line.hyphenated)).toBe(true);
    for (const line of lines.slice(0, -1)) {
      // As the pager draws it: each word of a segment placed after the widened spaces.
      const last = line.segments[line.segments.length - 1]!;
      const words = last.text.split(' ');
      const space = measure(last.face, ' ') + last.wordSpacing;
      const right = last.x + words.reduce((sum, word) => sum + measure(last.face, word), 0) + space * (words.length - 1);
      expect(right).toBeCloseTo(160, 0);
    }
    const joined = lines.map((line) => (line.hyphenated ? text(line).slice(0, -1) : `${text(line)} `)).join('');
    expect(joined.trim()).toBe(runs[0]!.text);
  });

  it('never breaks after an explicit hyphen, and never before a dash', () => {
    const lines = breakParagraph([{ text: 'a well-known high-ranking cross-border long-standing – aside – story of well-being told twice', variant: 'regular' }], { width: 90, align: 'justify', firstIndent: 0, hyphenate: hyphenatorFor('en'), measure });
    for (const line of lines) {
      // A line may end in a hyphen only where the layout added one (drawn with empty ActualText).
      if (text(line).endsWith('-')) expect(line.segments[line.segments.length - 1]).toMatchObject({ text: '-', actual: '' });
      expect(text(line).trimStart()).not.toMatch(/^–/);
    }
    expect(lines.map((line) => (line.hyphenated ? text(line).slice(0, -1) : `${text(line)} `)).join('').trim()).toContain('well-known high-ranking cross-border');
  });

  it('indents the first line and keeps hard line breaks', () => {
    const lines = breakParagraph([{ text: 'one\u2028two', variant: 'regular' }], { width: 200, align: 'left', firstIndent: 12, hyphenate: (word) => [word], measure });
    expect(lines.map(text)).toEqual(['one', 'two']);
    expect(lines[0]!.segments[0]!.x).toBe(12);
  });

  it('breaks a paragraph of words seen before exactly as one whose words are new', () => {
    // Words are made into items once per measure, hyphenator and width; fresh functions see none cached.
    const hyphenate = hyphenatorFor('en');
    const options = { width: 120, align: 'justify' as const, firstIndent: 0, hyphenate, measure };
    const earlier = [{ text: 'The harbour representatives counted representatives of the harbour twice; *the* harbour', variant: 'regular' as const }];
    const mixed = [...runs, { text: ' representatives in italics', variant: 'italic' as const }];
    breakParagraph(earlier, options);
    breakParagraph(mixed, { ...options, width: 200 });
    const fresh = { ...options, hyphenate: (word: string) => hyphenate(word), measure: (face: Parameters<typeof widthOf>[0], value: string) => measure(face, value) };
    expect(breakParagraph(mixed, options)).toEqual(breakParagraph(mixed, fresh));
    expect(breakParagraph(runs, options)).toEqual(breakParagraph(runs, fresh));
    expect(breakParagraph(mixed, { ...options, width: 200 })).toEqual(breakParagraph(mixed, { ...fresh, width: 200 }));
  });
});

describe('Pager', () => {
  const leading = 10;
  const doc = new PDFDocument({ autoFirstPage: false });
  const line = (hyphenated = false): Line => ({ segments: [], hyphenated });

  /** Places blocks of the given line counts on pages ten lines tall; returns where each starts. */
  function placeAll(blocks: Array<{ lines: number; heading?: boolean; hyphenatedAt?: number[] }>): Array<[number, number]> {
    const pager = new Pager(doc, 0, 10 * leading, { dryRun: true, firstPage: 0 });
    const starts: Array<[number, number]> = [];
    for (const spec of blocks) {
      const block: Block = {
        lines: Array.from({ length: spec.lines }, (_, index) => line(spec.hyphenatedAt?.includes(index + 1))),
        size: 8,
        leading,
        x: 0,
        width: 100,
        spaceBefore: 0,
        spaceAfter: 0,
        tag: 'P',
        ...(spec.heading ? { keepWithNext: true } : {}),
        onPlaced: (page, y) => void starts.push([page, y / leading]),
      };
      pager.place(block);
    }
    pager.finish();
    return starts;
  }

  it('splits a long paragraph where it must', () => {
    expect(placeAll([{ lines: 6 }, { lines: 8 }, { lines: 1 }])).toEqual([[0, 0], [0, 6], [1, 4]]);
  });

  it('moves a line down rather than leave one alone at the top of the next page (widow)', () => {
    expect(placeAll([{ lines: 5 }, { lines: 6 }, { lines: 1 }])).toEqual([[0, 0], [0, 5], [1, 2]]);
  });

  it('moves a paragraph whose first line alone would end the page (orphan)', () => {
    expect(placeAll([{ lines: 9 }, { lines: 5 }])).toEqual([[0, 0], [1, 0]]);
  });

  it('does not end a page on a hyphenated line when another break is as good', () => {
    expect(placeAll([{ lines: 5 }, { lines: 8, hyphenatedAt: [5] }, { lines: 1 }])).toEqual([[0, 0], [0, 5], [1, 4]]);
  });

  it('keeps a heading with the first lines of what follows', () => {
    expect(placeAll([{ lines: 8 }, { lines: 1, heading: true }, { lines: 4 }])).toEqual([[0, 0], [1, 0], [1, 1]]);
  });
});
