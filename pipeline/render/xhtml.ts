// Shared step for the HTML-based formats: the cleaned tree becomes an XHTML body fragment.
import type { Root } from 'mdast';
import type { Element, Nodes as HastNodes, Text } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { captionToHast } from '../caption.ts';
import { paragraphDirection } from '../text/direction.ts';

export function treeToXhtml(tree: Root): string {
  return hastToXhtml(treeToHast(tree));
}

/** The tree as hast, for renderers that cut or annotate it before serialising. */
export function treeToHast(tree: Root): HastNodes {
  const hast = toHast(tree, { handlers: { caption: captionToHast } });
  markRightToLeftBlocks(hast);
  return hast;
}

const textBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'td', 'th']);

/**
 * A Hebrew or Arabic paragraph in a book whose language runs left to right gets `dir="rtl"`, so a
 * reading system aligns it right and puts its closing punctuation at its left end; a mixed one
 * keeps the book's direction (the first strong character decides, as in the bidi algorithm).
 */
function markRightToLeftBlocks(tree: HastNodes): void {
  visit(tree, 'element', (node: Element) => {
    if (textBlocks.has(node.tagName) && paragraphDirection(textOf(node)) === 'rtl') node.properties.dir = 'rtl';
  });
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

export function hastToXhtml(node: HastNodes): string {
  // Raw HTML never reaches this point (parse turns it into text), so nothing dangerous is allowed.
  return toHtml(node, { space: 'html', closeSelfClosing: true, closeEmptyElements: true, allowDangerousHtml: false });
}
