// Shared step for the HTML-based formats: the cleaned tree becomes an XHTML body fragment.
import type { Root } from 'mdast';
import type { Nodes as HastNodes } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { captionToHast } from '../caption.ts';

export function treeToXhtml(tree: Root): string {
  return hastToXhtml(treeToHast(tree));
}

/** The tree as hast, for renderers that cut or annotate it before serialising. */
export function treeToHast(tree: Root): HastNodes {
  return toHast(tree, { handlers: { caption: captionToHast } });
}

export function hastToXhtml(node: HastNodes): string {
  // Raw HTML never reaches this point (parse turns it into text), so nothing dangerous is allowed.
  return toHtml(node, { space: 'html', closeSelfClosing: true, closeEmptyElements: true, allowDangerousHtml: false });
}
