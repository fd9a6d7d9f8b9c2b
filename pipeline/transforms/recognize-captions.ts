// recognize-captions: a paragraph that ends with a photo credit ("… in Moscow. Credit: AP",
// "… Photo credit: AP", "… (AP Photo/Jane Doe)", "… Photograph: Jane Doe/Getty", or without a label:
// "… REUTERS/Jane Doe", "… (Photo by Jane Doe via Getty Images)") is a photo caption, not body
// text: it becomes a `caption` node with the credit split off. A caption may also open with its
// label ("Image: … (Getty Images)"). A caption printed twice on consecutive lines (two formats, or
// a clean and a spun copy) is split into its copies, for collapse-duplicate-paragraphs.
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Caption } from '../caption.ts';
import { sequenceSimilarity } from '../text/similarity.ts';
import { wordsOf } from '../text/words.ts';
import { phrasePattern, pictureAgencies } from '../text/chrome-phrases.ts';
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

// Credits without a label: an agency and a name joined by a slash ("REUTERS/Jane Doe", "AP Photo/Jane
// Doe", "Jane Doe/AFP via Getty Images"), or "Photo by Jane Doe" (the credit is the name). They
// follow the caption's last sentence, in parentheses or not, or stand on a line of their own under it.
// The agencies are data (chrome-phrases.ts); a slash between two other words ("and/or") is no credit.
const agency = phrasePattern(pictureAgencies, 'anywhere').source;
const person = String.raw`\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}`;
const slashCredit = String.raw`(?:${agency}\s*/\s*${person}|${person}\s*/\s*${agency}(?:\s+via\s+${agency})?)`;
const byCredit = String.raw`(?:photo(?:graph)?|picture|image|illustration)s?\s+by\s+(${person}(?:\s*(?:/|via|for)\s*${agency})?)`;
const unlabelledCredits: readonly RegExp[] = [
  new RegExp(String.raw`(?<=[.!?”’])\s*\(\s*(?:(${slashCredit})|${byCredit})\s*\)\.?\s*$`, 'iu'),
  new RegExp(String.raw`(?<=[.!?”’])\s+(?:(${slashCredit})|${byCredit})\.?\s*$`, 'iu'),
];
const creditLine = new RegExp(String.raw`^\(?\s*(?:(${slashCredit})|${byCredit})\s*\)?\.?$`, 'iu');
// With the case-blind patterns above, the credit must still start as a name does.
const startsAsName = /^[\p{Lu}\p{N}]/u;

// A label opening the caption ("Image: A tram …", "Photo credit: …"): it makes a bare agency in
// parentheses at the end ("… Station. (Getty Images)") enough of a credit.
const leadingLabel = /^\s*(?:Photo|Photograph|Picture|Image)(?:\s+credits?)?\s*:\s*/u;
const bareCredit = new RegExp(String.raw`\s*\((${creditName})\)\.?\s*$`, 'u');
// Two lines are copies of one caption at the similarity collapse-duplicate-paragraphs uses for
// neighbours (a caption and its spun copy score 0.59–0.73; different lines far less).
const copyThreshold = 0.5;

const recognizeCaptions: Plugin<[Options?], Root> = function (options) {
  const maxWords = options?.maxWords ?? defaultMaxWords;
  return function (tree, file) {
    const toCaption = (node: Paragraph): Caption | undefined => {
      const found = splitCredit(node);
      if (!found || found.credit.split(/\s+/).length > 8) return undefined;
      const words = wordsOf(toString({ type: 'paragraph', children: found.children })).length;
      if (words === 0 || words > maxWords) return undefined;
      return { type: 'caption', children: found.children, credit: found.credit, ...(node.position ? { position: node.position } : {}) };
    };
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (parent?.type !== 'root' || index === undefined) return SKIP;
      const split = captionCopies(node, toCaption);
      const copies = split?.copies;
      if (split) {
        reportChange(file, { ruleId, reason: `Split a caption printed ${split.copies.length} times into its copies`, node, actual: split.lines.join(' / '), expected: split.copies.map((copy) => toString(copy)).join(' / ') });
      }
      const blocks: RootContent[] = (copies ?? [node]).map((block) => toCaption(block) ?? block);
      blocks.forEach((block, offset) => {
        if (block.type !== 'caption') return;
        const credit = block.credit ?? '';
        const before = (copies ?? [node])[offset]!;
        reportChange(file, { ruleId, reason: `Recognised a photo caption; split off the credit "${credit}"`, node: before, actual: toString(before), expected: `${toString(block)} (Credit: ${credit})` });
      });
      if (!copies && blocks[0] === node) return SKIP;
      parent.children.splice(index, 1, ...blocks);
      return index + blocks.length;
    });
  };
};

/** The lines of a paragraph (as written) and its copies, when they are copies of one caption (one of them with a credit). */
function captionCopies(node: Paragraph, toCaption: (node: Paragraph) => Caption | undefined): { lines: string[]; copies: Paragraph[] } | undefined {
  // Lines end at a kept line break, or at a raw line end when the hard wraps were not unwrapped.
  const lines: Paragraph[] = [{ type: 'paragraph', children: [] }];
  for (const child of node.children) {
    if (child.type === 'break') lines.push({ type: 'paragraph', children: [] });
    else if (child.type !== 'text') lines[lines.length - 1]!.children.push(child);
    else {
      child.value.split('\n').forEach((value, index) => {
        if (index > 0) lines.push({ type: 'paragraph', children: [] });
        if (value !== '') lines[lines.length - 1]!.children.push({ type: 'text', value });
      });
    }
  }
  const written = lines.filter((line) => toString(line).trim() !== '');
  const copies = written.map(unwrapPlaceholder).map((line) => (node.position ? { ...line, position: node.position } : line));
  // Most paragraphs are one line: no credit is looked for in them here, the caller does that once.
  if (copies.length < 2) return undefined;
  const captions = copies.map(toCaption);
  if (!captions.some(Boolean)) return undefined;
  const texts = copies.map((copy, index) => toString(captions[index] ?? copy));
  if (!texts.every((text, index) => index === 0 || sequenceSimilarity(texts[index - 1]!, text) >= copyThreshold)) return undefined;
  return { lines: written.map((line) => toString(line)), copies };
}

// A scraper's stand-in for the picture, its alt text in brackets ("[Image: Boards between the rows]"):
// over its caption it is one more copy of it, without the brackets a reader would see.
const placeholder = /^\s*\[(?:image|photo|picture|figure|img)\s*:\s*([^\]]+)\]\s*$/i;

function unwrapPlaceholder(line: Paragraph): Paragraph {
  const [only] = line.children;
  const found = line.children.length === 1 && only?.type === 'text' ? placeholder.exec(only.value) : null;
  return found ? { ...line, children: [{ ...only!, value: found[1]!.trim() } as Text] } : line;
}

/** The paragraph's content without its trailing credit, and the credit; undefined if none. */
function splitCredit(node: Paragraph): { children: PhrasingContent[]; credit: string } | undefined {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'text') return undefined;
  const first = node.children[0];
  const labelled = first?.type === 'text' && leadingLabel.test(first.value);
  for (const pattern of labelled ? [...creditPatterns, bareCredit] : creditPatterns) {
    const match = pattern.exec(last.value);
    if (!match) continue;
    const credit = match[1]!.trim().replace(/\.$/, '');
    const rest = last.value.slice(0, match.index).trimEnd();
    const kept: Text = { ...last, value: rest };
    let children: PhrasingContent[] = [...node.children.slice(0, -1), ...(rest ? [kept] : [])];
    const opening = children[0];
    if (labelled && opening?.type === 'text') children = [{ ...opening, value: opening.value.replace(leadingLabel, '') }, ...children.slice(1)];
    // Our own Markdown writes a caption as "*text* (Credit: X)": unwrap the emphasis again.
    const only = children[0];
    if (children.length === 1 && only?.type === 'emphasis') children = only.children;
    return { children, credit };
  }
  return labelled ? undefined : unlabelledCredit(node, last);
}

/** A credit without a label at the end of the caption's last sentence, or on a line of its own under it. */
function unlabelledCredit(node: Paragraph, last: Text): { children: PhrasingContent[]; credit: string } | undefined {
  for (const pattern of unlabelledCredits) {
    const match = pattern.exec(last.value);
    const credit = (match?.[1] ?? match?.[2])?.trim();
    if (!match || !credit || !startsAsName.test(credit)) continue;
    const rest = last.value.slice(0, match.index).trimEnd();
    return { children: [...node.children.slice(0, -1), ...(rest ? [{ ...last, value: rest }] : [])], credit };
  }
  // "REUTERS/Jane Doe" under the caption: after a kept line break, or a raw line end.
  const lineEnd = last.value.lastIndexOf('\n');
  const previous = node.children[node.children.length - 2];
  if (lineEnd === -1 && previous?.type !== 'break') return undefined;
  const match = creditLine.exec(last.value.slice(lineEnd + 1).trim());
  const credit = (match?.[1] ?? match?.[2])?.trim();
  if (!credit || !startsAsName.test(credit)) return undefined;
  const children = lineEnd === -1 ? node.children.slice(0, -2) : [...node.children.slice(0, -1), { ...last, value: last.value.slice(0, lineEnd).trimEnd() }];
  // The line above must be a caption's last sentence, not a heading or a list item.
  return /[.!?”’)]$/.test(toString({ type: 'paragraph', children }).trim()) ? { children, credit } : undefined;
}

export default recognizeCaptions;
