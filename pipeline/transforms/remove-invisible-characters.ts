// remove-invisible-characters: zero-width and control characters a scrape leaves in the text go;
// a control character that stood between words becomes a space.
import type { Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { dropEmptiedParagraphs } from './drop-emptied-paragraphs.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Keep zero-width joiners (U+200D), which emoji sequences and some scripts need. Default: `true`. */
  keepJoiners?: boolean;
}

const ruleId = 'remove-invisible-characters';

// Zero-width space, non-joiner, word joiner, BOM, soft hyphen, bidi marks left by editors.
const invisible = /[\u200b\u200c\u2060\ufeff\u00ad\u200e\u200f]/g;
const invisibleWithJoiner = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]/g;
// C0 and C1 controls except tab and line feed (those are whitespace, handled elsewhere).
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const removeInvisibleCharacters: Plugin<[Options?], Root> = function (options) {
  const zeroWidth = options?.keepJoiners === false ? invisibleWithJoiner : invisible;
  return function (tree, file) {
    const emptied = new Set<Paragraph>();
    visit(tree, 'text', (node: Text, _index, parent) => {
      const value = node.value.replace(zeroWidth, '').replace(control, ' ');
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Removed zero-width or control characters', node, actual: node.value, expected: value });
      node.value = value;
      if (value.trim() === '' && parent?.type === 'paragraph') emptied.add(parent);
    });
    dropEmptiedParagraphs(tree, emptied);
  };
};

export default removeInvisibleCharacters;
