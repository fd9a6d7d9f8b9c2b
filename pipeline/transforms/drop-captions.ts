// drop-captions: for books without photos, captions are noise; this removes every caption
// (reported). Off unless the build settings say `captions: 'drop'` or switch it on by id.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { toString } from 'mdast-util-to-string';
import { reportChange } from './report-change.ts';

export type Options = Record<string, never>;

const ruleId = 'drop-captions';

const dropCaptions: Plugin<[Options?], Root> = function () {
  return function (tree, file) {
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'caption') return true;
      const text = node.credit ? `${toString(node)} (Credit: ${node.credit})` : toString(node);
      reportChange(file, { ruleId, reason: 'Dropped a photo caption (the build drops captions)', node, actual: text, expected: '' });
      return false;
    });
  };
};

export default dropCaptions;
