// Right-to-left text in the PDF: Hebrew and Arabic paragraphs and a mixed English/Hebrew sentence are
// drawn in visual order (read from the word boxes pdftotext reports), in an embedded face that has
// their glyphs, and pdftotext gives the words back in logical order.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../pipeline/render/pdf.ts';
import { widthOf } from '../../pipeline/render/pdf/fonts.ts';
import { styleFor } from '../../pipeline/render/pdf/style.ts';
import { bookFromText } from '../helpers/books.ts';
import { pdfFonts, pdfText } from '../helpers/judges.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const hebrew = 'שלום עולם, זהו משפט בעברית.';
const arabic = 'مرحبا بالعالم، هذه جملة عربية.';
const mixed = 'The word שלום means peace, and עולם means world, said the teacher.';

/** Each word pdftotext finds on a page with its left edge; it reports right-to-left words in visual (reversed) letter order. */
async function wordBoxes(file: string, page: number): Promise<Array<{ word: string; x: number; right: number; y: number }>> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), right: Number(match[3]), word: match[4]! }));
}

const visual = (word: string) => [...word].reverse().join('');

describe('renderPdf on Hebrew and Arabic', async () => {
  const dir = await tempDir('pdf-bidi');
  const file = path.join(dir, 'scripts.pdf');
  const report = new VFile();
  const book = await bookFromText(`Scripts\n\n${hebrew}\n\n${arabic}\n\n${mixed}\n`, 'text', 'scripts');
  await writeFile(file, await renderPdf(book, { created: new Date('2024-01-02T03:04:05Z'), report }));
  const boxes = await wordBoxes(file, 2);
  /** Left edges of the words, found by their letters (a word box may hold a comma beside them). */
  const xOf = (words: string[], rightToLeft: boolean, line?: number) =>
    words.map((word) => {
      const box = boxes.find((candidate) => candidate.word.includes(rightToLeft ? visual(word) : word) && (line === undefined || Math.abs(candidate.y - line) < 5));
      expect(box, `${word} in ${JSON.stringify(boxes.map((candidate) => candidate.word))}`).toBeDefined();
      return box!.x;
    });

  it('embeds the fallback face for Hebrew and Arabic and reports no character as missing', async () => {
    expect(await pdfFonts(file)).toContainEqual({ name: expect.stringMatching(/\+DejaVuSans$/), embedded: true });
    expect(report.messages.filter((message) => message.ruleId === 'pdf-missing-glyph')).toEqual([]);
  });

  it('gives the words back from pdftotext in logical order, with no replacement mark', async () => {
    // pdftotext marks right-to-left stretches with embedding controls; the words are what counts.
    const text = (await pdfText(file)).replace(/[\u202A-\u202E]/g, ' ');
    expect(text).not.toContain('\uFFFD');
    for (const word of `${hebrew} ${arabic} ${mixed}`.split(/[\s,.،]+/).filter(Boolean)) expect(text.split(/[\s,.،]+/)).toContain(word);
  });

  it('sets a Hebrew paragraph from right to left, from the right margin', () => {
    const x = xOf(['שלום', 'עולם', 'זהו', 'משפט', 'בעברית'], true);
    expect(x).toEqual([...x].sort((a, b) => b - a));
    // Its first word ends where the English paragraph's full line ends: at the right margin.
    const first = boxes.find((box) => box.word === visual('שלום'))!;
    const englishLine = boxes.filter((box) => Math.abs(box.y - boxes.find((candidate) => candidate.word === 'The')!.y) < 5);
    expect(first.right).toBeCloseTo(Math.max(...englishLine.map((box) => box.right)), 0);
  });

  it('sets an Arabic paragraph from right to left', () => {
    const x = xOf(['مرحبا', 'بالعالم', 'هذه', 'جملة', 'عربية'], true);
    expect(x).toEqual([...x].sort((a, b) => b - a));
  });

  it('joins Arabic letters: each word is drawn as one shaped run, narrower than its letters set apart', () => {
    const size = styleFor('A5').body.size;
    for (const word of ['مرحبا', 'جملة']) {
      const box = boxes.find((candidate) => candidate.word === visual(word))!;
      const shaped = widthOf('dejavuSans', word, size);
      const apart = [...word].reduce((sum, letter) => sum + widthOf('dejavuSans', letter, size), 0);
      expect(box.right - box.x, word).toBeCloseTo(shaped, 0);
      expect(apart - shaped, word).toBeGreaterThan(3);
    }
  });

  it('keeps English order in a mixed sentence, each Hebrew word in its place', () => {
    const line = boxes.find((box) => box.word === 'The')!.y;
    const [the, word, shalom, means] = [...xOf(['The', 'word'], false, line), ...xOf(['שלום'], true, line), ...xOf(['means'], false, line)];
    expect(the).toBeLessThan(word!);
    expect(word).toBeLessThan(shalom!);
    expect(shalom).toBeLessThan(means!);
  });
});

describe('renderPdf on a justified right-to-left paragraph of several lines', async () => {
  const dir = await tempDir('pdf-bidi-justified');
  const file = path.join(dir, 'justified.pdf');
  const long = `${hebrew} ${'זהו משפט ארוך בעברית שנכתב כדי לבדוק את הפריסה של שורות מלאות בספר. '.repeat(5)}`;
  const book = await bookFromText(`Lines\n\n${long}\n`, 'text', 'justified');
  await writeFile(file, await renderPdf(book, { created: new Date('2024-01-02T03:04:05Z'), report: new VFile() }));
  const boxes = await wordBoxes(file, 2);

  it('keeps a space between every two words of a line, the last two included', () => {
    const lines = new Map<number, typeof boxes>();
    for (const box of boxes) lines.set(Math.round(box.y), [...(lines.get(Math.round(box.y)) ?? []), box]);
    expect(lines.size).toBeGreaterThan(3);
    const spaceWidth = widthOf('dejavuSans', ' ', styleFor('A5').body.size);
    for (const [y, line] of lines) {
      const sorted = [...line].sort((a, b) => a.x - b.x);
      // A justified line may shrink its spaces by a third, never close them.
      for (let index = 1; index < sorted.length; index += 1) {
        expect(sorted[index]!.x - sorted[index - 1]!.right, `${sorted[index - 1]!.word} | ${sorted[index]!.word} at y ${y}`).toBeGreaterThan(spaceWidth / 2);
      }
    }
  });
});
