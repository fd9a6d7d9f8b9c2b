// The prose of a document as blocks of text (paragraphs, headings, captions, table cells), each with
// its quotations, so that spin rules can read a whole paragraph but edit only its text nodes.
import type { Nodes, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { quotationRanges, type Range } from '../text/quotations.ts';

export interface TextBlock {
  /** The paragraph-like node. */
  node: Nodes;
  /** Its text nodes and where each starts in `value`. */
  texts: Array<{ node: Text; start: number }>;
  /** The text nodes joined. */
  value: string;
  /** Quotations in `value`: never changed. */
  quotations: Range[];
}

const blockTypes = new Set(['paragraph', 'heading', 'caption', 'tableCell']);
// Block quotes are quotations as a whole; code is not prose.
const untouchable = new Set(['blockquote', 'code', 'html', 'yaml']);

export function collectTextBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(tree, (node) => {
    if (untouchable.has(node.type)) return SKIP;
    if (!blockTypes.has(node.type)) return undefined;
    const texts: TextBlock['texts'] = [];
    let value = '';
    visit(node, 'text', (text: Text) => {
      texts.push({ node: text, start: value.length });
      value += text.value;
    });
    blocks.push({ node, texts, value, quotations: quotationRanges(value) });
    return SKIP;
  });
  return blocks;
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Applies non-overlapping edits given in block offsets; an edit that spans two text nodes is skipped. Returns the edits applied. */
export function applyEdits(block: TextBlock, edits: readonly Edit[]): Edit[] {
  const applied: Edit[] = [];
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const edit of sorted) {
    const owner = block.texts.find(({ node, start }) => edit.start >= start && edit.end <= start + node.value.length);
    if (!owner) continue;
    const from = edit.start - owner.start;
    const to = edit.end - owner.start;
    owner.node.value = owner.node.value.slice(0, from) + edit.replacement + owner.node.value.slice(to);
    applied.push(edit);
  }
  return applied.reverse();
}
