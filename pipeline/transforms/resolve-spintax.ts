// resolve-spintax: spinner templates left in the text ("{quick|fast|rapid}") become their first
// option, which is the one the template's author wrote first. Inside a quotation nothing is
// reworded: the template is left there and flagged for a person to settle.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { overlapsAny, quotationRanges } from '../text/quotations.ts';
import { reportChange, reportWarning } from './report-change.ts';

export type Options = Record<string, never>;

const ruleId = 'resolve-spintax';
// Innermost templates only (no braces inside); resolved repeatedly, so nested ones unfold outward.
// Options are words, so set notation such as "{x | x > 0}" is not mistaken for a template.
const template = /\{([\p{L}\p{N} ,'’-]*(?:\|[\p{L}\p{N} ,'’-]*)+)\}/gu;

const resolveSpintax: Plugin<[Options?], Root> = function () {
  return function (tree, file) {
    visit(tree, 'text', (node: Text) => {
      let value = node.value;
      let flagged = false;
      for (let round = 0; round < 10; round += 1) {
        const quotes = quotationRanges(value);
        const next = value.replace(template, (match, options: string, offset: number) => {
          if (overlapsAny(quotes, offset, offset + match.length)) {
            flagged = true;
            return match;
          }
          return options.split('|')[0]!.trim();
        });
        if (next === value) break;
        value = next;
      }
      if (flagged) reportWarning(file, { ruleId, reason: 'Spintax inside a quotation was left as it is; choose the wording by hand', node, actual: node.value });
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Resolved leftover spintax to its first option', node, actual: node.value, expected: value });
      node.value = value;
    });
  };
};

export default resolveSpintax;
