// normalize-whitespace: runs of spaces and tabs become one space; paragraphs lose edge spaces.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Also turn no-break spaces into plain spaces. Default: `false` (they are often deliberate). */
  replaceNoBreakSpaces?: boolean;
}

const emptyOptions: Options = {};
const ruleId = 'normalize-whitespace';

const normalizeWhitespace: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  const runs = settings.replaceNoBreakSpaces ? /[ \t\u00a0]{2,}|[\t\u00a0]/g : /[ \t]{2,}|\t/g;
  return function (tree, file) {
    visit(tree, 'text', (node: Text, index, parent) => {
      let value = node.value.replace(runs, ' ');
      if (parent && index === 0) value = value.replace(/^[ \t]+/, '');
      if (parent && index === parent.children.length - 1) value = value.replace(/[ \t]+$/, '');
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Collapsed extra whitespace', node, actual: node.value, expected: value });
      node.value = value;
    });
  };
};

export default normalizeWhitespace;
