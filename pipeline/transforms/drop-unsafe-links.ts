// drop-unsafe-links: a link or image whose address could run code (javascript:, vbscript:, data:text/html) loses the address, keeps its words.
import type { Image, Link, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Address schemes kept. Default: `['http', 'https', 'mailto']`; relative addresses are always kept. */
  schemes?: readonly string[];
}

const emptyOptions: Options = {};
const ruleId = 'drop-unsafe-links';
const defaultSchemes = ['http', 'https', 'mailto'];

const dropUnsafeLinks: Plugin<[Options?], Root> = function (options) {
  const schemes = new Set((options ?? emptyOptions).schemes ?? defaultSchemes);
  return function (tree, file) {
    visit(tree, ['link', 'image'], (node, index, parent) => {
      const target = node as Link | Image;
      if (!parent || index === undefined || isSafe(target.url, schemes)) return;
      // A link becomes its words; an image becomes its description, so nothing the author wrote is lost.
      const replacement: Array<Link['children'][number] | Text> =
        target.type === 'link' ? target.children : target.alt ? [{ type: 'text', value: target.alt }] : [];
      reportChange(file, { ruleId, reason: `Removed a ${target.type} address that could run code`, node: target, actual: target.url, expected: '' });
      parent.children.splice(index, 1, ...(replacement as never[]));
      return index + replacement.length;
    });
  };
};

function isSafe(url: string, schemes: ReadonlySet<string>): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so we do too.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1];
  return scheme === undefined || schemes.has(scheme.toLowerCase());
}

export default dropUnsafeLinks;
