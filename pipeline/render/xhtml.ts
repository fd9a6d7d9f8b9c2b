// Shared step for the HTML-based formats: the cleaned tree becomes an XHTML body fragment.
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { captionToHast } from '../caption.ts';

export function treeToXhtml(tree: Root): string {
  // Raw HTML never reaches this point (parse turns it into text), so nothing dangerous is allowed.
  const hast = toHast(tree, { handlers: { caption: captionToHast } });
  return toHtml(hast, { space: 'html', closeSelfClosing: true, closeEmptyElements: true, allowDangerousHtml: false });
}
