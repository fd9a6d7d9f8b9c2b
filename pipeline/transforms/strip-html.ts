// strip-html: stray HTML from a scrape becomes text: tags go (block tags and <br> leave a space),
// entities become the characters they name.
import type { Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { decodeHTML } from 'entities';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Tag names removed as markup; other `<…>` text is left alone. Default: common HTML tags. */
  tags?: readonly string[];
}

const ruleId = 'strip-html';

// Only real HTML tag names count, so "<3", "a < b > c" or "<placeholder>" stay text.
const defaultTags = [
  'a', 'abbr', 'b', 'big', 'blockquote', 'br', 'cite', 'code', 'div', 'em', 'figcaption', 'figure', 'font',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'li', 'mark', 'ol', 'p', 'picture', 'q', 's', 'script',
  'small', 'source', 'span', 'strong', 'style', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr',
  'u', 'ul', 'wbr',
];
// Tags that separate words: removing them must leave a space behind.
const spacingTags = new Set(['blockquote', 'br', 'div', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'table', 'td', 'th', 'tr', 'ul']);
const comment = /<!--[\s\S]*?-->/g;
// A script or style element is code, not text: it goes with its content.
const codeElement = /<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const entity = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;

const stripHtml: Plugin<[Options?], Root> = function (options) {
  const tagNames = new Set((options?.tags ?? defaultTags).map((name) => name.toLowerCase()));
  const tag = /<\/?([a-z][a-z\d]*)(?:\s[^<>]*)?\/?>/gi;
  return function (tree, file) {
    const emptied = new Set<Paragraph>();
    visit(tree, 'text', (node: Text, index, parent) => {
      let value = node.value
        .replace(comment, '')
        .replace(codeElement, (match, name: string) => (tagNames.has(name.toLowerCase()) ? '' : match))
        .replace(tag, (match, name: string) => {
          const lower = name.toLowerCase();
          if (!tagNames.has(lower)) return match;
          return spacingTags.has(lower) ? ' ' : '';
        })
        .replace(entity, (match) => {
          const decoded = decodeHTML(match);
          // A no-break space entity in scraped text is layout, not a deliberate non-breaking space.
          return decoded === '\u00a0' ? ' ' : decoded;
        });
      if (value !== node.value) {
        // The spaces left where block tags stood must not pile up or hang at the paragraph's edges.
        value = value.replace(/ {2,}/g, ' ');
        if (index === 0) value = value.trimStart();
        if (parent && index === parent.children.length - 1) value = value.trimEnd();
      }
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Turned stray HTML tags and entities into text', node, actual: node.value, expected: value });
      node.value = value;
      if (value.trim() === '' && parent?.type === 'paragraph') emptied.add(parent);
    });
    // A paragraph that was only markup is gone, not left as an empty block (which would print as a blank line).
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!emptied.has(node) || !parent || index === undefined) return;
      if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
};

export default stripHtml;
