// The lines of a page's top-level block as remove-site-chrome reads them. Plain text: the raw lines
// parse kept. Markdown (a page saved as .md): a heading is one line, a list one line per item, a
// paragraph of links alone ("[Share on X](…) [Email](…)") one line per link, any other paragraph
// one line; a Markdown block goes only when all its lines do, so its lines never need rebuilding.
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linesOf, type SourceLine } from './source-lines.ts';

// A block this long is the article's text, and splitting a seed without blank lines into its
// lines would hold the whole book twice: it ends the edge instead.
const maxEdgeBlockLength = 20_000;

/** The raw lines of a plain-text block; the title heading counts as its one line. */
export function plainTextLines(node: RootContent, first: boolean): SourceLine[] | undefined {
  if (node.type === 'paragraph') return toString(node).length > maxEdgeBlockLength ? undefined : linesOf(node);
  if (node.type === 'heading' && first) return [lineOf(node)];
  return undefined;
}

/** The lines of a Markdown block; undefined for blocks that are never chrome (code, quotes, tables). */
export function markdownLines(node: RootContent): SourceLine[] | undefined {
  if (node.type === 'heading') return [lineOf(node)];
  if (node.type === 'list') return listLines(node);
  if (node.type !== 'paragraph') return undefined;
  if (toString(node).length > maxEdgeBlockLength) return undefined;
  return linkLines(node) ?? [lineOf(node)];
}

function listLines(node: List): SourceLine[] | undefined {
  // A nested list or a long item is the article's own list.
  if (node.children.some((item) => item.children.length !== 1 || item.children[0]!.type !== 'paragraph')) return undefined;
  return node.children.map(lineOf);
}

// Links separated only by spaces or separators ("|", "·") are a row of buttons or a menu; a line of
// text may head them ("Share this:" over its networks), and is a line of its own.
function linkLines(node: Paragraph): SourceLine[] | undefined {
  const [first, ...rest] = node.children;
  const headed = first?.type === 'text' && /\S.*\n\s*$/.test(first.value);
  const row = headed ? rest : node.children;
  const links = row.filter((child) => child.type === 'link');
  if (links.length < 2) return undefined;
  const onlyLinks = row.every((child) => child.type === 'link' || (child.type === 'text' && /^[\s|·•/,]*$/.test(child.value)));
  if (!onlyLinks) return undefined;
  return headed ? [{ text: first.value.trim(), ...(first.position ? { position: first.position } : {}) }, ...links.map(lineOf)] : links.map(lineOf);
}

function lineOf(node: RootContent): SourceLine {
  return { text: toString(node), ...(node.position ? { position: node.position } : {}) };
}
