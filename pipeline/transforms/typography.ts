// typography: straight quotes and apostrophes become curly (nested quotes and leading apostrophes
// as in ’90s too; quotes already curly stay), "..." becomes "…", and "--" becomes a dash in the
// style the text already uses. The quotes and ellipses are retext-smartypants' work (see
// text/smart-punctuation.ts); this file adds the dash style and reports every change. Code and comments kept as text are left as typed.
import type { InlineCode, Parent, Root, RootContent, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { reportChange } from './report-change.ts';
import { splitAtLiteralCode } from '../text/literal-html.ts';
import { educatePunctuation } from '../text/smart-punctuation.ts';

export interface Options {
  /** Dash for "--" when the text shows no style of its own: `'em'` (—) or `'en'` (spaced –). Default: `'em'`. */
  defaultDash?: 'em' | 'en';
}

const ruleId = 'typography';

type DashStyle = 'en-spaced' | 'em-spaced' | 'em-closed';

const typography: Plugin<[Options?], Root> = function (options) {
  const fallback: DashStyle = options?.defaultDash === 'en' ? 'en-spaced' : 'em-closed';
  return function (tree, file) {
    const before = new Map<Text, string>();
    visit(tree, 'text', (node: Text) => {
      before.set(node, node.value);
    });
    const style = dashStyleOf(toString(tree)) ?? fallback;
    const unshield = shieldLiteralCode(tree);
    educateQuotes(tree);
    unshield();
    for (const [node, value] of before) {
      node.value = splitAtLiteralCode(node.value)
        .map((piece) => (piece.code ? piece.text : replaceDoubleHyphens(piece.text, style)))
        .join('');
      if (node.value === value) continue;
      reportChange(file, { ruleId, reason: 'Set curly quotes, dashes and ellipses', node, actual: value, expected: node.value });
    }
  };
};

/**
 * Code and comments kept as text (`<script>alert("hi")</script>`) are what their author typed: their
 * quotes stay straight. smartypants skips inline code but still reads it for context, so each such
 * range (and the middle of a long quiet stretch, below) stands in as an inline code node while it runs.
 * Returns the function that puts the text back.
 */
function shieldLiteralCode(tree: Root): () => void {
  const shielded: Array<{ parent: Parent; node: Text; pieces: Array<Text | InlineCode> }> = [];
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    const split = splitAtLiteralCode(node.value).flatMap((piece) => (piece.code ? [piece] : splitAtQuietStretches(piece.text)));
    if (!split.some((piece) => piece.code)) return;
    const pieces = split.map((piece): Text | InlineCode => ({ type: piece.code ? 'inlineCode' : 'text', value: piece.text }));
    parent.children.splice(index, 1, ...(pieces as never[]));
    shielded.push({ parent, node, pieces });
    return index + pieces.length;
  });
  return () => {
    for (const { parent, node, pieces } of shielded.reverse()) {
      const at = parent.children.indexOf(pieces[0]! as never);
      node.value = pieces.map((piece) => piece.value).join('');
      parent.children.splice(at, pieces.length, node as never);
    }
  };
}

// A long stretch without a quote or a dot gives smartypants nothing to change, yet retext's parser
// (parse-latin) splices its sentence's token list once per joined word, so a megabyte "word" such as
// `x&amp;x&amp;…` took minutes. Its middle stands in as code (one token to the parser); the ends
// stay text, so a quote next to it still sees its real neighbours (smartypants looks two tokens away).
// Runs are matched whole and measured after: `/[^'".]{512,}/` would start again at every character of
// every shorter run, re-reading it up to the next dot (a tenth of the transforms' time on articles).
const quietRun = /[^'".]+/g;
const quietLength = 512;
const quietEdge = 32;

function splitAtQuietStretches(text: string): Array<{ text: string; code: boolean }> {
  if (text.length < quietLength) return [{ text, code: false }];
  const pieces: Array<{ text: string; code: boolean }> = [];
  let at = 0;
  for (const match of text.matchAll(quietRun)) {
    if (match[0].length < quietLength) continue;
    const start = match.index + quietEdge;
    const end = match.index + match[0].length - quietEdge;
    pieces.push({ text: text.slice(at, start), code: false }, { text: text.slice(start, end), code: true });
    at = end;
  }
  pieces.push({ text: text.slice(at), code: false });
  return pieces;
}

// smartypants joins all the text of the tree it is given and parses it with retext, whose
// tree takes about a hundred times the text's size: a 20 MB book would need gigabytes. So it is given
// the book in pieces of whole blocks, each with a copy of the text around it (taken before any
// quote was changed), since a quote is curled by its neighbours: the result is the same.
// Small pieces, so that a piece's tree is gone before the next minor collection: with pieces of
// 64,000 characters each tree lived long enough to be moved to the old generation, and on a 20 MB
// seed those dead trees took most of a gigabyte before a full collection cleared them. smartypants
// looks two tokens away, so a thousand characters of whole blocks on each side are plenty.
const pieceSize = 8_000;
const contextSize = 1_000;

function educateQuotes(tree: Root): void {
  const blocks = tree.children;
  const sizes = blocks.map((block) => toString(block).length);
  let before: RootContent[] = [];
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    for (let size = 0; end < blocks.length && size < pieceSize; end += 1) size += sizes[end]!;
    const after = structuredClone(blocks.slice(end, extent(sizes, end, 1)));
    const nextBefore = structuredClone(blocks.slice(extent(sizes, end - 1, -1) + 1, end));
    const piece: Root = { type: 'root', children: [...before, ...blocks.slice(start, end), ...after] };
    educatePunctuation(piece);
    before = nextBefore;
    start = end;
  }
}

/** Where the context starting at `from` and going in `direction` ends (exclusive): about `contextSize` characters of whole blocks. */
function extent(sizes: readonly number[], from: number, direction: 1 | -1): number {
  let index = from;
  for (let size = 0; index >= 0 && index < sizes.length && size < contextSize; index += direction) size += sizes[index]!;
  return index;
}

/** The dash style the text already uses most, if it uses any. */
function dashStyleOf(text: string): DashStyle | undefined {
  const counts: Record<DashStyle, number> = {
    'en-spaced': text.match(/ – /g)?.length ?? 0,
    'em-spaced': text.match(/ — /g)?.length ?? 0,
    'em-closed': text.match(/\S—\S/g)?.length ?? 0,
  };
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]! as [DashStyle, number];
  return count > 0 ? best : undefined;
}

// "---" is always an em dash; "--" between words takes the text's style. Only between words and
// sentence punctuation, spaced evenly on both sides, so "<!--", "-->" and "--flag" stay as they are.
function replaceDoubleHyphens(text: string, style: DashStyle): string {
  return text
    .replace(/(?<!-)\s*---\s*(?!-)/g, (match) => (/^\s|\s$/.test(match) && style !== 'em-closed' ? ' — ' : '—'))
    .replace(/(?<=[\p{L}\p{N}.,;?”’)"'])(?:--|\s+--\s+)(?=[\p{L}\p{N}“‘("'])/gu, () => (style === 'en-spaced' ? ' – ' : style === 'em-spaced' ? ' — ' : '—'));
}

export default typography;
