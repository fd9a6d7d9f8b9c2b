// typography on one megabyte-long "word" (`x&amp;` over and over, as a broken scrape leaves): retext's
// parser splices its sentence's token list once per joined word, which made this quadratic (minutes).
// Timed against a tenth of it: linear work takes about ten times as long, quadratic a hundred.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { parsePlainText } from '../../pipeline/parse.ts';
import typography from '../../pipeline/transforms/typography.ts';

const word = (repeats: number) => 'x&amp;'.repeat(repeats);

async function timeTypography(text: string): Promise<{ milliseconds: number; tree: Root }> {
  const { tree } = parsePlainText(text);
  const started = performance.now();
  await unified().use(typography).run(tree, new VFile({ path: 'long-word.txt', value: text }));
  return { milliseconds: performance.now() - started, tree };
}

describe('typography on a 1.8 MB word of x&amp;', () => {
  it('takes time in proportion to the text, and leaves the word as it was', async () => {
    const tenth = await timeTypography(`A Long Word\n\n${word(36_000)}\n`);
    const whole = await timeTypography(`A Long Word\n\n${word(360_000)}\n`);
    expect(toString(whole.tree)).toContain(word(360_000));
    expect(whole.milliseconds, `${tenth.milliseconds.toFixed(0)} ms for 180 kB, ${whole.milliseconds.toFixed(0)} ms for 1.8 MB`).toBeLessThan(30 * tenth.milliseconds + 2_000);
  }, 120_000);

  it('curls quotes around and inside such words as smartypants does over the whole text', async () => {
    const text = `A Long Word\n\n"${word(300)}" he said, '${word(200)}'s end... and "${word(150)} 'x' ${word(150)}"\n\n'${word(400)}\n`;
    const { tree } = await timeTypography(text);
    const whole = parsePlainText(text).tree;
    unified().use(remarkSmartypants, { dashes: false, backticks: false, ellipses: true }).runSync(whole);
    expect(toString(tree)).toBe(toString(whole));
    expect(toString(tree)).toContain(`“${word(300)}” he said`);
  });
});
