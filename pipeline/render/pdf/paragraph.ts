// Breaks a paragraph into lines with the Knuth–Plass algorithm (tex-linebreak), hyphenating by
// the book's language, and returns each line as positioned pieces of text ready to draw.
import texLineBreak from 'tex-linebreak';
import type { InputItem } from 'tex-linebreak';
import { faceFor, splitByFace, type FaceName, type FacedText, type Variant } from './fonts.ts';
import type { Hyphenator } from './hyphenate.ts';

const { adjustmentRatios, breakLines, lineContentStart, MAX_COST, MIN_COST } = texLineBreak;

/** A forced line break inside text (Markdown's hard break); U+2028 LINE SEPARATOR. */
export const hardBreak = '\u2028';

/** Inline text in one style; `hardBreak` in it ends a line. */
export interface StyledText {
  text: string;
  variant: Variant;
}

/** A piece of a line: text in one face at `x` (from the line's left edge). */
export interface LineSegment extends FacedText {
  x: number;
  /** Extra width of each space in this segment, from justification. */
  wordSpacing: number;
}

export interface Line {
  segments: LineSegment[];
  /** The line ends in a hyphen the layout added: a page should not end on it. */
  hyphenated: boolean;
}

/** Width of text in a face at the paragraph's size. */
export type Measure = (face: FaceName, text: string) => number;

export interface ParagraphOptions {
  width: number;
  align: 'justify' | 'left' | 'center';
  /** Empty space before the first line. */
  firstIndent: number;
  hyphenate: Hyphenator;
  measure: Measure;
}

/** Longer letter runs are not hyphenated, only cut (see wordItems). */
const longestHyphenatedWord = 200;

// Penalties in TeX's units: a hyphen costs a little, two hyphenated lines in a row cost more.
const hyphenPenalty = 50;
const overwidePenalty = 500;
const space = 0x20;
const spaceStretch = 0.5;
const spaceShrink = 1 / 3;

interface Atom {
  pieces: FacedText[];
}
type Item = InputItem & { atom?: Atom; hyphen?: FacedText; space?: FaceName };

export function breakParagraph(runs: StyledText[], options: ParagraphOptions): Line[] {
  const items = toItems(runs, options);
  if (!items.some((item) => item.type === 'box' && item.width > 0)) return [];
  const breakpoints = breakLines(items, options.width, { maxAdjustmentRatio: null });
  const ratios = adjustmentRatios(items, options.width, breakpoints);
  const lines: Line[] = [];
  for (let index = 0; index < breakpoints.length - 1; index += 1) {
    const end = breakpoints[index + 1]!;
    const start = index === 0 ? 0 : lineContentStart(items, breakpoints[index]!, end);
    const ratio = options.align === 'justify' && end !== items.length - 1 ? ratios[index]! : Math.min(0, ratios[index]!);
    lines.push(positionLine(items, start, end, ratio, options));
  }
  return lines;
}

type Token = { kind: 'word'; parts: StyledText[] } | { kind: 'space'; variant: Variant } | { kind: 'newline' };

function tokenize(runs: StyledText[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    for (const part of run.text.split(/(\u2028|[ \t\r\n]+)/)) {
      if (part === '') continue;
      const last = tokens[tokens.length - 1];
      if (part === hardBreak) tokens.push({ kind: 'newline' });
      else if (/^[ \t\r\n]+$/.test(part)) {
        if (last?.kind === 'word') tokens.push({ kind: 'space', variant: run.variant });
      } else if (last?.kind === 'word') last.parts.push({ text: part, variant: run.variant });
      else tokens.push({ kind: 'word', parts: [{ text: part, variant: run.variant }] });
    }
  }
  return tokens;
}

function toItems(runs: StyledText[], options: ParagraphOptions): Item[] {
  const items: Item[] = [];
  if (options.firstIndent > 0) items.push({ type: 'box', width: options.firstIndent, atom: { pieces: [] } });
  const tokens = tokenize(runs);
  const words = wordCacheFor(options);
  tokens.forEach((token, index) => {
    if (token.kind === 'word') {
      const key = wordKey(token.parts);
      let wordItemList = words.get(key);
      if (!wordItemList) {
        wordItemList = wordItems(token.parts, options);
        // Bounded so a huge book cannot grow it without limit; words repeat, so most stay.
        if (words.size > 100_000) words.clear();
        words.set(key, wordItemList);
      }
      for (const item of wordItemList) items.push(item);
      return;
    }
    const next = tokens[index + 1];
    if (token.kind === 'newline') {
      items.push({ type: 'glue', width: 0, stretch: options.width, shrink: 0 }, { type: 'penalty', width: 0, cost: MIN_COST, flagged: false });
      return;
    }
    if (!next || next.kind !== 'word') return;
    // A dash never starts a line: the space before it does not break.
    if (/^[–—]/.test(next.parts[0]?.text ?? '')) items.push({ type: 'penalty', width: 0, cost: MAX_COST, flagged: false });
    // The space takes the face of the word after it: between two Hebrew words it is the fallback
    // face's space, as wide as that face means it to be, not the body face's narrower one.
    const first = next.parts[0];
    const face = (first && faceFor(first.text.codePointAt(0) ?? space, first.variant)) ?? faceFor(space, token.variant)!;
    const width = options.measure(face, ' ');
    items.push({ type: 'glue', width, stretch: width * spaceStretch, shrink: width * spaceShrink, space: face });
  });
  // The last line is set at its natural width: a glue that can fill it, then a forced break.
  items.push({ type: 'glue', width: 0, stretch: options.width * 10, shrink: 0 }, { type: 'penalty', width: 0, cost: MIN_COST, flagged: false });
  return items;
}

// A word's items depend only on its text and styles, the measure, the hyphenator and the line width,
// and words repeat: each is made once per process and its items shared by every paragraph that has
// it (nothing writes to an item once made). Making them again for every occurrence was a third of
// the time spent breaking lines, and most of the garbage. Callers keep their measure and hyphenator
// (see body.ts) so the cache is found again; with fresh functions it is simply empty.
const wordCaches = new WeakMap<Measure, WeakMap<Hyphenator, Map<number, Map<string, Item[]>>>>();

function wordCacheFor(options: ParagraphOptions): Map<string, Item[]> {
  let byHyphenator = wordCaches.get(options.measure);
  if (!byHyphenator) wordCaches.set(options.measure, (byHyphenator = new WeakMap()));
  let byWidth = byHyphenator.get(options.hyphenate);
  if (!byWidth) byHyphenator.set(options.hyphenate, (byWidth = new Map()));
  let words = byWidth.get(options.width);
  if (!words) byWidth.set(options.width, (words = new Map()));
  return words;
}

function wordKey(parts: StyledText[]): string {
  if (parts.length === 1) return `${parts[0]!.variant}\u0000${parts[0]!.text}`;
  return parts.map((part) => `${part.variant}\u0000${part.text}`).join('\u0001');
}

/** A word as boxes between its hyphenation points, with a penalty (the hyphen) at each. */
function wordItems(parts: StyledText[], options: ParagraphOptions): Item[] {
  const word = parts.map((part) => part.text).join('');
  // No real word is this long (a pasted hash, a URL, a line of symbols): hyphenating and measuring
  // it whole would cost time growing with its length squared, so it is only cut to the line width.
  if (word.length > longestHyphenatedWord) return overwideItems(parts.flatMap((part) => splitByFace(part.text, part.variant)), options);
  const cuts = hyphenationOffsets(word, options.hyphenate);
  const items: Item[] = [];
  let from = 0;
  for (const to of [...cuts, word.length]) {
    const pieces = slice(parts, from, to).flatMap((part) => splitByFace(part.text, part.variant));
    const width = pieces.reduce((sum, piece) => sum + options.measure(piece.face, piece.text), 0);
    if (width > options.width) items.push(...overwideItems(pieces, options));
    else items.push({ type: 'box', width, atom: { pieces } });
    if (to < word.length) {
      const face = pieces[pieces.length - 1]!.face;
      items.push({ type: 'penalty', width: options.measure(face, '-'), cost: hyphenPenalty, flagged: true, hyphen: { text: '-', face, actual: '' } });
    }
    from = to;
  }
  // Boxes are measured apart, the word is drawn whole (with kerning across the cuts): the last
  // box takes the difference, so an unbroken word is as wide in the layout as on the page.
  const whole = parts.flatMap((part) => splitByFace(part.text, part.variant)).reduce((sum, piece) => sum + options.measure(piece.face, piece.text), 0);
  const boxes = items.filter((item) => item.type === 'box');
  const last = boxes[boxes.length - 1];
  if (last && cuts.length > 0 && !items.some((item) => item.type === 'penalty' && item.cost === overwidePenalty)) {
    last.width += whole - boxes.reduce((sum, box) => sum + box.width, 0);
  }
  return items;
}

// Hyphenation applies to runs of letters, so "“well-known,”" is hyphenated as "well" and "known"
// while the explicit hyphen is kept as it is: a line never breaks after it, because text
// extraction would then drop it ("wellknown").
function hyphenationOffsets(word: string, hyphenate: Hyphenator): number[] {
  const offsets: number[] = [];
  for (const match of word.matchAll(/\p{L}+/gu)) {
    let offset = match.index;
    const pieces = hyphenate(match[0]);
    for (const piece of pieces.slice(0, -1)) {
      offset += piece.length;
      offsets.push(offset);
    }
  }
  return offsets;
}

function slice(parts: StyledText[], from: number, to: number): StyledText[] {
  const result: StyledText[] = [];
  let offset = 0;
  for (const part of parts) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + part.text.length);
    if (start < end) result.push({ text: part.text.slice(start - offset, end - offset), variant: part.variant });
    offset += part.text.length;
  }
  return result;
}

// A word wider than the line (a long URL) is cut between characters, with no hyphen drawn: into
// pieces as wide as the line allows, so that a megabyte without spaces is a few thousand boxes
// rather than a box per character.
function overwideItems(pieces: FacedText[], options: ParagraphOptions): Item[] {
  const items: Item[] = [];
  let chunk: FacedText | undefined;
  let chunkWidth = 0;
  const flush = () => {
    if (!chunk) return;
    if (items.length > 0) items.push({ type: 'penalty', width: 0, cost: overwidePenalty, flagged: false });
    items.push({ type: 'box', width: chunkWidth, atom: { pieces: [chunk] } });
    chunk = undefined;
    chunkWidth = 0;
  };
  for (const piece of pieces) {
    for (const character of piece.text) {
      const width = options.measure(piece.face, character);
      if (chunk && (chunk.face !== piece.face || chunkWidth + width > options.width)) flush();
      chunk = chunk ? { ...chunk, text: chunk.text + character } : { ...piece, text: character };
      chunkWidth += width;
    }
  }
  flush();
  return items;
}

function positionLine(items: Item[], start: number, end: number, ratio: number, options: ParagraphOptions): Line {
  const segments: LineSegment[] = [];
  let x = 0;
  let pendingSpace: { width: number; face: FaceName } | undefined;
  const place = (piece: FacedText, width: number): void => {
    const last = segments[segments.length - 1];
    const sameFace = last && last.face === piece.face && last.actual === undefined && piece.actual === undefined;
    if (pendingSpace) {
      const extra = pendingSpace.width - options.measure(piece.face, ' ');
      if (sameFace && pendingSpace.face === piece.face && (last.text.includes(' ') ? Math.abs(last.wordSpacing - extra) < 0.01 : true)) {
        last.text += ` ${piece.text}`;
        last.wordSpacing = extra;
      } else {
        // The space between two faces is drawn at the end of the first, so the text keeps it.
        if (last && last.actual === undefined) last.text += ' ';
        segments.push({ ...piece, x, wordSpacing: 0 });
      }
      pendingSpace = undefined;
    } else if (sameFace) last.text += piece.text;
    else segments.push({ ...piece, x, wordSpacing: 0 });
    x += width;
  };
  for (let index = start; index <= end && index < items.length; index += 1) {
    const item = items[index]!;
    if (item.type === 'box') {
      const pieces = item.atom?.pieces ?? [];
      let remaining = item.width;
      pieces.forEach((piece, position) => {
        const width = position === pieces.length - 1 ? remaining : options.measure(piece.face, piece.text);
        remaining -= width;
        place(piece, width);
      });
      if (pieces.length === 0) x += item.width;
    } else if (item.type === 'glue' && index < end) {
      const width = item.width + ratio * (ratio < 0 ? item.shrink : item.stretch);
      if (item.space) pendingSpace = { width, face: item.space };
      x += width;
    } else if (item.type === 'penalty' && index === end && item.hyphen) place(item.hyphen, item.width);
  }
  if (options.align === 'center') {
    const shift = Math.max(0, (options.width - x) / 2);
    for (const segment of segments) segment.x += shift;
  }
  const last = segments[segments.length - 1];
  return { segments, hyphenated: last?.actual === '' };
}
