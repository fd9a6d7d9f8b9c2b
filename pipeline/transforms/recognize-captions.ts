// recognize-captions: a paragraph that ends with a photo credit ("… in Moscow. Credit: AP",
// "… Photo credit: AP", "… (AP Photo/Jane Doe)", "… Photograph: Jane Doe/Getty") is a photo
// caption, not body text: it becomes a `caption` node with the credit split off.
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Caption } from '../caption.ts';
import { wordsOf } from '../text/words.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Longest caption, in words; a longer paragraph is body text whatever it ends with. Default: `80`. */
  maxWords?: number;
}

const ruleId = 'recognize-captions';
const defaultMaxWords = 80;

// A credit names an agency or a person: it starts with a capital or a digit and is a few words long.
const creditName = String.raw`[\p{Lu}\p{N}][\p{L}\p{N} .,'’&/\-]{0,60}?`;
const creditPatterns: readonly RegExp[] = [
  // "Credit: AP", "Photo: Reuters", "Photograph: Jane Doe/Getty", also glued ("Moscow.Credit:AP").
  // The label must follow the end of a sentence, so "Tax Credit: A Guide" is not a credit.
  // One lower-case word may follow "Credit" ("Credit line:", or a spinner's "Credit score:").
  new RegExp(String.raw`(?<=[.!?”’)\]])\s*(?:(?:Photo|Photograph|Picture|Image)\s+credits?|Credits?(?:\s+\p{Ll}+)?|Photo|Photograph|Picture|Image)\s*:\s*(${creditName})\.?\s*$`, 'u'),
  // "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(Credit: AP)" as our own Markdown writes it.
  new RegExp(String.raw`\s*\(((?:[\p{Lu}][\p{L}.&]*\s+)?(?:Photo|Photograph|Image|Picture)s?\s*/\s*[^()]{1,60})\)\.?\s*$`, 'u'),
  new RegExp(String.raw`\s*\((?:Credits?|Photo|Photograph|Picture|Image)\s*:\s*(${creditName})\)\.?\s*$`, 'u'),
];

const recognizeCaptions: Plugin<[Options?], Root> = function (options) {
  const maxWords = options?.maxWords ?? defaultMaxWords;
  return function (tree, file) {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (parent?.type !== 'root' || index === undefined) return SKIP;
      const found = splitCredit(node);
      if (!found || found.credit.split(/\s+/).length > 8) return SKIP;
      const words = wordsOf(toString({ type: 'paragraph', children: found.children })).length;
      if (words === 0 || words > maxWords) return SKIP;
      const caption: Caption = { type: 'caption', children: found.children, credit: found.credit, ...(node.position ? { position: node.position } : {}) };
      parent.children[index] = caption;
      reportChange(file, { ruleId, reason: `Recognised a photo caption; split off the credit "${found.credit}"`, node, actual: toString(node), expected: `${toString(caption)} (Credit: ${found.credit})` });
      return SKIP;
    });
  };
};

/** The paragraph's content without its trailing credit, and the credit; undefined if none. */
function splitCredit(node: Paragraph): { children: PhrasingContent[]; credit: string } | undefined {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'text') return undefined;
  for (const pattern of creditPatterns) {
    const match = pattern.exec(last.value);
    if (!match) continue;
    const credit = match[1]!.trim().replace(/\.$/, '');
    const rest = last.value.slice(0, match.index).trimEnd();
    const kept: Text = { ...last, value: rest };
    let children: PhrasingContent[] = [...node.children.slice(0, -1), ...(rest ? [kept] : [])];
    // Our own Markdown writes a caption as "*text* (Credit: X)": unwrap the emphasis again.
    const only = children[0];
    if (children.length === 1 && only?.type === 'emphasis') children = only.children;
    return { children, credit };
  }
  return undefined;
}

export default recognizeCaptions;
