// detect-lists: in plain text, blocks of "- ", "* ", "• " or "1. ", "1) " items become lists. Numbers
// must run on from the first one and there must be two items or more, so "2020. A year…" stays text.
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { dropStart, isPlainText, linesOf, paragraphOf, spanOf, type SourceLine } from '../text/source-lines.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Characters accepted as bullets before a space. Default: `-*•◦▪‣`. */
  bullets?: string;
}

const emptyOptions: Options = {};
const ruleId = 'detect-lists';
const ordered = /^(\s*)(\d{1,2})([.)])\s+\S/;

interface ListBlock {
  /** The bullet character, or the number delimiter of an ordered list. */
  marker: string;
  /** First number of an ordered list. */
  start?: number;
  items: SourceLine[][];
  lines: SourceLine[];
  node: Paragraph;
}

const detectLists: Plugin<[Options?], Root> = function (options) {
  const bullets = (options ?? emptyOptions).bullets ?? '-*•◦▪‣';
  const bullet = new RegExp(`^(\\s*)([${bullets.replace(/[\]\\^-]/g, '\\$&')}])\\s+\\S`, 'u');

  function readBlock(node: Paragraph, lines: SourceLine[]): ListBlock | undefined {
    const marker = (line: string) => bullet.exec(line) ?? ordered.exec(line);
    const first = marker(lines[0]!.text);
    if (!first) return undefined;
    const isOrdered = first.length === 4;
    const block: ListBlock = { marker: isOrdered ? first[3]! : first[2]!, items: [], lines, node };
    if (isOrdered) block.start = Number(first[2]);
    for (const line of lines) {
      const match = marker(line.text);
      const sameKind = match && (match.length === 4) === isOrdered && (isOrdered ? match[3] : match[2]) === block.marker;
      // The next number, or a bullet of the same kind, starts an item; any other line continues one.
      if (sameKind && isOrdered && Number(match[2]) !== block.start! + block.items.length) return undefined;
      if (sameKind) block.items.push([dropStart(line, match[0].length - 1)]);
      else if (match) return undefined;
      // A continuation line's indentation only lines it up under its item's text.
      else block.items[block.items.length - 1]!.push(dropStart(line, /^\s*/.exec(line.text)![0].length));
    }
    return block;
  }

  return function (tree, file) {
    if (!isPlainText(file)) return;
    const children: RootContent[] = [];
    let run: ListBlock[] = [];
    const flush = () => {
      const items = run.flatMap((block) => block.items);
      if (items.length >= 2) children.push(listOf(run, items));
      else children.push(...run.map((block) => block.node));
      if (items.length >= 2) {
        const lines = run.flatMap((block) => block.lines);
        reportChange(file, { ruleId, reason: `Made a list of ${items.length} items`, node: { type: 'list', ...withPosition(spanOf(lines)) }, actual: lines.map((line) => line.text).join('\n'), expected: items.map((item) => item.map((line) => line.text.trim()).join(' ')).join('\n') });
      }
      run = [];
    };
    for (const node of tree.children) {
      const lines = node.type === 'paragraph' ? linesOf(node) : undefined;
      const block = node.type === 'paragraph' && lines ? readBlock(node, lines) : undefined;
      const previous = run[run.length - 1];
      // Items separated by blank lines are one loose list when they carry on the same numbering.
      const continues = block && previous && block.marker === previous.marker && (block.start === undefined || block.start === previous.start! + previous.items.length);
      if (!continues) flush();
      if (block) run.push(block);
      else children.push(node);
    }
    flush();
    tree.children = children;
  };
};

function listOf(run: ListBlock[], items: SourceLine[][]): List {
  const first = run[0]!;
  const children = items.map((lines): ListItem => ({ type: 'listItem', spread: false, children: [paragraphOf(lines)], ...withPosition(spanOf(lines)) }));
  const list: List = { type: 'list', ordered: first.start !== undefined, spread: run.length > 1, children, ...withPosition(spanOf(run.flatMap((block) => block.lines))) };
  if (first.start !== undefined) list.start = first.start;
  return list;
}

function withPosition<T>(position: T | undefined): { position?: T } {
  return position ? { position } : {};
}

export default detectLists;
