// detect-scene-breaks: a block that is only a break mark ("***", "* * *", "#", "—", "~", "§")
// becomes a thematic break, in plain text and Markdown alike. Only between the book's own blocks: a
// mark inside a quotation or a list is what was quoted or listed.
import type { Root, ThematicBreak } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { linesOf } from '../text/source-lines.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Characters that, alone or repeated (spaces allowed), mark a scene break. Default: `*~§#—–•·⁂`. */
  marks?: string;
}

const emptyOptions: Options = {};
const ruleId = 'detect-scene-breaks';
const defaultMarks = '*~§#—–•·⁂';

const detectSceneBreaks: Plugin<[Options?], Root> = function (options) {
  const marks = [...(options ?? emptyOptions).marks ?? defaultMarks];
  // A row of marks, or a rule of three or more hyphens, underscores or equals signs (spaced or not).
  const isBreak = (text: string) =>
    text !== '' && (/^(?:(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/.test(text) || [...text.replace(/\s+/g, '')].every((character) => marks.includes(character)));
  return function (tree, file) {
    visit(tree, 'paragraph', (node, index, parent) => {
      const lines = linesOf(node);
      if (parent?.type !== 'root' || index === undefined || !lines || lines.length === 0) return;
      // Every line, not only a block of one: "*" over "*" would otherwise be joined into "* *" by
      // unwrap-hard-wraps, and become a break only when the book's own Markdown is cleaned again.
      if (!lines.every((line) => isBreak(line.text.trim()))) return;
      const text = lines.map((line) => line.text.trim()).join('\n');
      const thematicBreak: ThematicBreak = { type: 'thematicBreak', ...(node.position ? { position: node.position } : {}) };
      parent.children.splice(index, 1, thematicBreak);
      reportChange(file, { ruleId, reason: 'Made a scene break of a line of break marks', node, actual: text, expected: '***' });
    });
  };
};

export default detectSceneBreaks;
