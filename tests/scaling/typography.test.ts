// typography on a long seed: smartypants (whose retext tree is about a hundred times the text) is
// given the book in pieces, and the quotes come out exactly as when remark-smartypants, the
// plugin our smart-punctuation step does the work of, reads the whole book at once.
import { describe, expect, it, vi } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { parsePlainText } from '../../pipeline/parse.ts';
import typography from '../../pipeline/transforms/typography.ts';
import { longText } from '../helpers/long-text.ts';

const pieces: number[] = [];
vi.mock('../../pipeline/text/smart-punctuation.ts', async (importOriginal) => {
  const original = (await importOriginal<{ educatePunctuation: (tree: Root) => void }>()).educatePunctuation;
  // Records the length of the text of every tree smartypants is run on.
  const educatePunctuation = (tree: Root) => {
    pieces.push(toString(tree).length);
    original(tree);
  };
  return { educatePunctuation };
});

describe('typography on a 600 kB seed', () => {
  it('curls quotes piece by piece, as in one pass over the whole text', async () => {
    const text = longText({ size: 600_000, chapterEvery: 40 });
    const { tree } = parsePlainText(text);
    const whole = structuredClone(tree);
    unified().use(remarkSmartypants, { dashes: false, backticks: false, ellipses: true }).runSync(whole);
    pieces.length = 0;

    await unified().use(typography).run(tree, new VFile({ path: 'long.txt', value: text }));

    expect(pieces.length).toBeGreaterThan(5);
    // Small pieces: a piece's retext tree must die young, not pile up in the old generation.
    expect(Math.max(...pieces)).toBeLessThan(20_000);
    expect(toString(tree)).toContain('“');
    expect(JSON.stringify(tree)).toBe(JSON.stringify(whole));
  }, 120_000);
});
