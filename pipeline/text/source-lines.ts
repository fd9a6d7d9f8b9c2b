// The raw lines of a plain-text block. Parse keeps them (joined by "\n", indentation and all) in the
// block's one text node; the structure rules read and rebuild blocks through these helpers.
import type { Paragraph, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import '../file-data.ts';

export interface SourceLine {
  /** The line as written, without its line end. */
  text: string;
  position?: Position;
}

/** Whether the line-level rules apply: only plain text keeps its line ends as written. */
export function isPlainText(file: VFile): boolean {
  return file.data.seedKind === 'text';
}

/** The lines of a paragraph that is one text node (as parse builds them); otherwise undefined. */
export function linesOf(node: Paragraph): SourceLine[] | undefined {
  const [only, ...rest] = node.children;
  if (!only || rest.length > 0 || only.type !== 'text') return undefined;
  return splitLines(only);
}

export function splitLines(node: Text): SourceLine[] {
  const start = node.position?.start;
  let offset = start?.offset;
  return node.value.split('\n').map((text, index) => {
    const line: SourceLine = { text };
    if (start && offset !== undefined) {
      const from: Point = { line: start.line + index, column: index === 0 ? start.column : 1, offset };
      const to: Point = { line: from.line, column: from.column + text.length, offset: offset + text.length };
      line.position = { start: from, end: to };
      offset += text.length + 1;
    }
    return line;
  });
}

/** The position covering a run of lines, when they have positions. */
export function spanOf(lines: readonly SourceLine[]): Position | undefined {
  const start = lines[0]?.position?.start;
  const end = lines[lines.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** A paragraph made of raw lines again, as parse would have built it. */
export function paragraphOf(lines: readonly SourceLine[]): Paragraph {
  const position = spanOf(lines);
  const text: Text = { type: 'text', value: lines.map((line) => line.text).join('\n'), ...(position ? { position } : {}) };
  return { type: 'paragraph', children: [text], ...(position ? { position } : {}) };
}

/** Indentation width of a line, a tab counting as four spaces. */
export function indentOf(line: string): number {
  const leading = /^[ \t]*/.exec(line)![0];
  return [...leading].reduce((width, character) => width + (character === '\t' ? 4 : 1), 0);
}

/** The line without its first `length` characters, its position moved to match. */
export function dropStart(line: SourceLine, length: number): SourceLine {
  const text = line.text.slice(length);
  const moved = line.text.length - text.length;
  if (!line.position) return { text };
  const { start, end } = line.position;
  const from: Point = { line: start.line, column: start.column + moved, ...(start.offset !== undefined ? { offset: start.offset + moved } : {}) };
  return { text, position: { start: from, end } };
}
