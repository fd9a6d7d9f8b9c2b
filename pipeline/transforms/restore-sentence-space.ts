// restore-sentence-space: a sentence glued to the next one ("in Moscow.Credit") gets its space
// back. Only a lower-case letter, digit or closing bracket before the stop and a capitalised word
// after it count, so "U.S.", "e.g.", decimals and web addresses stay as they are.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { reportChange } from './report-change.ts';

export type Options = Record<string, never>;

const ruleId = 'restore-sentence-space';
const glued = /(?<=[\p{Ll}\p{N})\]])([.!?]+[”’"]?)(?=\p{Lu}\p{Ll})/gu;
// Within a web address or e-mail address a dot followed by a capital is part of the address.
const addressLike = /[/@]|www\.|\.(?:com|org|net)\b/i;

const restoreSentenceSpace: Plugin<[Options?], Root> = function () {
  return function (tree, file) {
    visit(tree, 'text', (node: Text) => {
      const value = node.value.replace(glued, (stop: string, _group: string, offset: number, whole: string) => {
        return addressLike.test(wordAround(whole, offset)) ? stop : `${stop} `;
      });
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Restored the space after sentence punctuation', node, actual: node.value, expected: value });
      node.value = value;
    });
  };
};

function wordAround(text: string, offset: number): string {
  const start = text.lastIndexOf(' ', offset) + 1;
  const end = text.indexOf(' ', offset);
  return text.slice(start, end === -1 ? text.length : end);
}

export default restoreSentenceSpace;
