// Right-to-left text (Hebrew, Arabic) in the PDF: the lines of a paragraph, broken in logical order,
// get their pieces placed in visual order by the Unicode Bidirectional Algorithm (bidi-js). A
// paragraph whose first strong character is right-to-left runs from the right margin.
import { bidi, paragraphDirection, rightToLeftScript } from '../../text/direction.ts';
import type { FaceName } from './fonts.ts';
import type { Line, LineSegment, Measure, StyledText } from './paragraph.ts';

type Direction = 'ltr' | 'rtl';

/** A piece of a line in one face at one embedding level; odd levels run right to left. */
interface Cell {
  text: string;
  face: FaceName;
  actual?: string;
  x: number;
  width: number;
  level: number;
}

/**
 * Places the pieces of each line where the bidirectional algorithm puts them. The segments stay in
 * logical order (the order of the text layer and of screen readers), only their positions change.
 * Each right-to-left piece is drawn as one run: fontkit shapes it (Arabic joining) and sets its
 * glyphs from right to left.
 */
export function placeBidirectionally(lines: Line[], runs: readonly StyledText[], width: number, measure: Measure): Line[] {
  const text = runs.map((run) => run.text).join('');
  // A paragraph without right-to-left script is left exactly as it was laid out.
  if (!rightToLeftScript.test(text)) return lines;
  const direction = paragraphDirection(text);
  return lines.map((line) => placeLine(line, direction, width, measure));
}

function placeLine(line: Line, direction: Direction, width: number, measure: Measure): Line {
  const pieces = logicalPieces(line, measure);
  const text = pieces.map((piece) => piece.text).join('');
  // Per line, so that rule L1 gives the line's trailing spaces the paragraph's level.
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const cells: Cell[] = [];
  let offset = 0;
  for (const piece of pieces) {
    cells.push(...splitByLevel(piece, levels, offset, measure));
    offset += piece.text.length;
  }
  reverseRuns(cells, direction, width);
  const segments: LineSegment[] = cells.map((cell) => ({
    text: cell.level % 2 === 1 ? mirrored(cell.text) : cell.text,
    face: cell.face,
    x: cell.x,
    wordSpacing: 0,
    ...(cell.actual !== undefined ? { actual: cell.actual } : {}),
  }));
  // The pager ends a line that breaks between words with a space added to its last segment. In a
  // right-to-left piece fontkit would set that space on the piece's left and push the word into its
  // neighbour; so the line ends in an empty piece of its own, left of the last, to take the space.
  const last = cells[cells.length - 1];
  if (last && last.level % 2 === 1 && last.actual === undefined) {
    segments.push({ text: '', face: last.face, x: last.x - measure(last.face, ' '), wordSpacing: 0 });
  }
  return { ...line, segments };
}

/** The line's words and spaces with the positions the layout gave them (as the pager would draw them). */
function logicalPieces(line: Line, measure: Measure): Cell[] {
  const pieces: Cell[] = [];
  for (const segment of line.segments) {
    const base = { face: segment.face, level: 0, ...(segment.actual !== undefined ? { actual: segment.actual } : {}) };
    if (segment.actual !== undefined) {
      pieces.push({ ...base, text: segment.text, x: segment.x, width: measure(segment.face, segment.text) });
      continue;
    }
    let x = segment.x;
    for (const part of segment.text.split(/( +)/)) {
      if (part === '') continue;
      const width = part.startsWith(' ') ? part.length * (measure(segment.face, ' ') + segment.wordSpacing) : measure(segment.face, part);
      pieces.push({ ...base, text: part, x, width });
      x += width;
    }
  }
  return pieces;
}

/** A piece cut where the embedding level changes ("שלום," in English: the comma stays left to right). */
function splitByLevel(piece: Cell, levels: Uint8Array, offset: number, measure: Measure): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  let x = piece.x;
  for (let index = 1; index <= piece.text.length; index += 1) {
    if (index < piece.text.length && levels[offset + index] === levels[offset + start]) continue;
    const text = piece.text.slice(start, index);
    const width = start === 0 && index === piece.text.length ? piece.width : piece.text.startsWith(' ') ? (piece.width * text.length) / piece.text.length : measure(piece.face, text);
    cells.push({ ...piece, text, x, width, level: levels[offset + start] ?? 0 });
    x += width;
    start = index;
  }
  return cells;
}

/**
 * Rule L2: from the highest level down to 1, every run of cells at that level or above is reversed
 * (each cell mirrored within the span the run covers). A right-to-left paragraph's run at level 1
 * spans the whole measure, so its lines start at the right margin and its first-line indent is there.
 */
function reverseRuns(cells: Cell[], direction: Direction, width: number): void {
  const highest = cells.reduce((max, cell) => Math.max(max, cell.level), 0);
  for (let level = highest; level >= 1; level -= 1) {
    for (let start = 0; start < cells.length; ) {
      if (cells[start]!.level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < cells.length && cells[end]!.level >= level) end += 1;
      const run = cells.slice(start, end);
      const whole = direction === 'rtl' && level === 1;
      const left = whole ? 0 : Math.min(...run.map((cell) => cell.x));
      const right = whole ? width : Math.max(...run.map((cell) => cell.x + cell.width));
      for (const cell of run) cell.x = left + right - cell.x - cell.width;
      start = end;
    }
  }
}

/** Rule L4: brackets and other paired marks in right-to-left text take their mirror image. */
function mirrored(text: string): string {
  let result = '';
  for (const character of text) result += bidi.getMirroredCharacter(character) ?? character;
  return result;
}
