// unwrap-hard-wraps: in plain text, the line ends of wrapped prose become spaces, while verse, lists
// and addresses keep theirs (as breaks). Decided from line-length statistics, as calibre's unwrap
// factor does: a line that reaches the text's typical width, or could not have taken the next word,
// was wrapped; a line that stops well short of it ends there on purpose. An indented line after a
// sentence's end opens a new paragraph (texts that indent paragraphs instead of spacing them).
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { indentOf, isPlainText, linesOf, spanOf, type SourceLine } from '../text/source-lines.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Share of the typical line width a line must reach to count as wrapped. Default: `0.75`. */
  unwrapFactor?: number;
  /** Percentile of all line lengths taken as the text's wrap width. Default: `0.9`. */
  widthPercentile?: number;
}

const emptyOptions: Options = {};
const ruleId = 'unwrap-hard-wraps';
// No one hard-wraps wider than this: a line this long is a whole paragraph written on one line.
const paragraphLineLength = 100;
const sentenceEnd = /[.!?…:"”’)\]]$/u;
const clauseEnd = /[.!?…:;,"”’)\]—–-]$/u;

const unwrapHardWraps: Plugin<[Options?], Root> = function (options) {
  const { unwrapFactor = 0.75, widthPercentile = 0.9 } = options ?? emptyOptions;
  return function (tree, file) {
    if (!isPlainText(file)) return;
    const width = wrapWidth(tree, widthPercentile);
    visit(tree, 'paragraph', (node, index, parent) => {
      const raw = linesOf(node);
      if (!parent || index === undefined || !raw || raw.length < 2) return;
      const lines = raw.map(trimmed);
      // Text that marks paragraphs by indenting their first line, not by blank lines.
      const margin = raw.reduce((least, line) => Math.min(least, indentOf(line.text)), Infinity);
      const opensParagraph = raw.map((line, at) => at > 0 && indentOf(line.text) >= margin + 2 && sentenceEnd.test(lines[at - 1]!.text));
      const length = (line: SourceLine | undefined) => line?.text.length ?? 0;
      const firstWord = (line: SourceLine | undefined) => line?.text.split(/\s/)[0]?.length ?? 0;
      const verse = isVerseLike(lines);
      // A list item's lines after the first only carry on its text (detect-lists put them there).
      const inItem = parent.type === 'listItem';
      const wrapped = lines.map((line, at) => at < lines.length - 1 && (inItem || (!verse && !opensParagraph[at + 1]
        && (length(line) >= unwrapFactor * width || length(line) + 1 + firstWord(lines[at + 1]) > width))));
      const isProse = (at: number) => wrapped[at] === true || length(lines[at]) >= paragraphLineLength;
      // A line kept whole that ends a sentence beside prose lines ends a paragraph, not just a line.
      const endsParagraph = lines.map((line, at) => at < lines.length - 1 && !wrapped[at] && sentenceEnd.test(line.text)
        && (isProse(at) || isProse(at + 1) || (at > 0 && wrapped[at - 1] === true) || (!verse && opensParagraph[at + 1] === true)));

      const paragraphs: Paragraph[] = [];
      let current: SourceLine[] = [];
      lines.forEach((line, at) => {
        current.push(line);
        if (at === lines.length - 1 || endsParagraph[at]) {
          paragraphs.push(paragraphFrom(current, wrapped.slice(at - current.length + 1, at + 1)));
          current = [];
        }
      });
      const joins = wrapped.filter(Boolean).length;
      const splits = paragraphs.length - 1;
      const breaks = lines.length - 1 - joins - splits;
      const done = [joins && `joined ${joins} wrapped line${joins > 1 ? 's' : ''}`, breaks && `kept ${breaks} line break${breaks > 1 ? 's' : ''}`, splits && `split ${splits} paragraph end${splits > 1 ? 's' : ''}`];
      reportChange(file, { ruleId, reason: capitalise(done.filter(Boolean).join(', ')), node, actual: linesOf(node)!.map((line) => line.text).join('\n'), expected: paragraphs.map(plainText).join('\n\n') });
      parent.children.splice(index, 1, ...paragraphs);
      return index + paragraphs.length;
    });
  };
};

/** The wrap width of the text: a high percentile of the lengths of its paragraph lines. */
function wrapWidth(tree: Root, percentile: number): number {
  const lengths: number[] = [];
  visit(tree, 'paragraph', (node) => {
    for (const line of linesOf(node) ?? []) if (line.text.trim() !== '') lengths.push(line.text.trimEnd().length);
  });
  lengths.sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * percentile))] ?? 0;
}

// Traditional verse starts every line with a capital and ends most of them on punctuation; wrapped
// prose rarely does either. Three lines at least, or a prose paragraph could pass by chance.
function isVerseLike(lines: SourceLine[]): boolean {
  if (lines.length < 3) return false;
  const capitalised = lines.slice(1).every((line) => /^[^\p{Ll}]/u.test(line.text));
  const punctuated = lines.slice(0, -1).filter((line) => clauseEnd.test(line.text)).length;
  return capitalised && punctuated * 2 >= lines.length - 1;
}

function paragraphFrom(lines: SourceLine[], wrapped: boolean[]): Paragraph {
  const children: PhrasingContent[] = [];
  let value = '';
  let first = 0;
  // Each text keeps the span of its lines, so later rules' changes to it are reported at its line.
  const textOf = (last: number): Text => {
    const position = spanOf(lines.slice(first, last + 1));
    return { type: 'text', value, ...(position ? { position } : {}) };
  };
  lines.forEach((line, at) => {
    value += line.text;
    if (at === lines.length - 1) return;
    // A dash that ends a line against its word ("road—") joins the next word without a space.
    if (wrapped[at]) value += /\S[—–-]$/u.test(line.text) ? '' : ' ';
    else {
      children.push(textOf(at), { type: 'break' });
      value = '';
      first = at + 1;
    }
  });
  children.push(textOf(lines.length - 1));
  const position = spanOf(lines);
  return { type: 'paragraph', children, ...(position ? { position } : {}) };
}

function trimmed(line: SourceLine): SourceLine {
  return { ...line, text: line.text.trim() };
}

function plainText(paragraph: Paragraph): string {
  return paragraph.children.map((child) => (child.type === 'text' ? child.value : '\n')).join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default unwrapHardWraps;
