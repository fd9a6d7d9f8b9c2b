// detect-block-quotes: in plain text, a block whose every line starts with ">" (e-mail style), or is
// indented by four spaces or a tab (an indented verse couplet, a quoted letter), becomes a blockquote.
import type { Blockquote, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { dropStart, indentOf, isPlainText, linesOf, paragraphOf, spanOf, type SourceLine } from '../text/source-lines.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Indentation (in spaces, a tab counting four) that marks a quoted block. Default: `4`. */
  indent?: number;
}

const emptyOptions: Options = {};
const ruleId = 'detect-block-quotes';

const detectBlockQuotes: Plugin<[Options?], Root> = function (options) {
  const indent = (options ?? emptyOptions).indent ?? 4;
  return function (tree, file) {
    if (!isPlainText(file)) return;
    const blocks = tree.children.map((node) => (node.type === 'paragraph' ? linesOf(node) : undefined));
    const isIndented = (lines: SourceLine[] | undefined) => lines !== undefined && lines.every((line) => indentOf(line.text) >= indent);
    // When most blocks are indented, indentation is how this text starts its paragraphs, not a quote.
    const indentedShare = blocks.filter(isIndented).length / Math.max(1, blocks.filter(Boolean).length);
    tree.children.forEach((node, index) => {
      const lines = blocks[index];
      if (!lines) return;
      let quoted: Paragraph[] | undefined;
      if (lines.every((line) => /^\s*>/.test(line.text))) quoted = paragraphsOf(lines.map((line) => dropStart(line, /^\s*> ?/.exec(line.text)![0].length)));
      else if (isIndented(lines) && indentedShare < 0.5) {
        const depth = lines.reduce((least, line) => Math.min(least, /^[ \t]*/.exec(line.text)![0].length), Infinity);
        quoted = [paragraphOf(lines.map((line) => dropStart(line, depth)))];
      }
      if (!quoted || quoted.length === 0) return;
      const position = spanOf(lines);
      const blockquote: Blockquote = { type: 'blockquote', children: quoted, ...(position ? { position } : {}) };
      tree.children[index] = blockquote;
      const text = lines.map((line) => line.text).join('\n');
      reportChange(file, { ruleId, reason: 'Made a quoted block of marked or indented lines', node, actual: text, expected: quoted.map((paragraph) => linesOf(paragraph)!.map((line) => `> ${line.text}`).join('\n')).join('\n>\n') });
    });
  };
};

// Inside an e-mail style quote, a line left empty by its ">" separates paragraphs.
function paragraphsOf(lines: SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: SourceLine[] = [];
  for (const line of [...lines, { text: '' }]) {
    if (line.text.trim() !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(paragraphOf(current));
      current = [];
    }
  }
  return paragraphs;
}

export default detectBlockQuotes;
