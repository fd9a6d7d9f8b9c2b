// collapse-duplicate-paragraphs: a paragraph or caption printed twice (exactly, or once clean and
// once reworded by a spinner) is kept once. Near copies are looked for among neighbours only and
// judged by word-order similarity (see text/similarity.ts); exact copies anywhere. Of two copies
// the less altered one stays: the one fewer repairs were reported on, else the earlier one.
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Caption } from '../caption.ts';
import { wordSequenceSimilarity } from '../text/similarity.ts';
import { wordsOf } from '../text/words.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /**
   * Least similarity (0–1) for two neighbouring blocks to count as copies. Default: `0.5`. Measured:
   * a caption and its spun copy score 0.59–0.73; different paragraphs of one article at most 0.3.
   */
  threshold?: number;
  /** How far apart (in blocks) two near copies may be. Default: `2` (next block, or one between). */
  window?: number;
  /** Shorter blocks are never collapsed ("Yes." may well be said twice). Default: `6` words. */
  minWords?: number;
}

const ruleId = 'collapse-duplicate-paragraphs';
// Reports that say where a copy was repaired; recognising a caption is not a repair.
const notAlterations = new Set(['recognize-captions', ruleId]);

type Block = Paragraph | Caption;

const collapseDuplicateParagraphs: Plugin<[Options?], Root> = function (options) {
  const threshold = options?.threshold ?? 0.5;
  const window = options?.window ?? 2;
  const minWords = options?.minWords ?? 6;
  return function (tree, file) {
    const removed = new Set<number>();
    const repairs = repairOffsets(file);
    const firstExact = new Map<string, number>();
    // A block's words, read once: each is compared with the blocks after it too. A kept copy keeps
    // its children, so the words at an index stay true after a collapse.
    const words: string[][] = [];
    const wordsAt = (index: number) => (words[index] ??= wordsOf(toString(tree.children[index]!)));
    tree.children.forEach((node, index) => {
      if (!isBlock(node) || removed.has(index)) return;
      if (wordsAt(index).length < minWords) return;
      const key = wordsAt(index).join(' ');
      const earlier = firstExact.get(key);
      if (earlier !== undefined) {
        collapse(tree, file, repairs, earlier, index, 1, removed);
        return;
      }
      firstExact.set(key, index);
      for (let before = Math.max(0, index - window); before < index; before += 1) {
        const other = tree.children[before];
        if (removed.has(before) || !other || !isBlock(other) || wordsAt(before).length < minWords) continue;
        const similarity = wordSequenceSimilarity(wordsAt(before), wordsAt(index));
        if (similarity >= threshold) {
          collapse(tree, file, repairs, before, index, similarity, removed);
          return;
        }
      }
    });
    tree.children = tree.children.filter((_node, index) => !removed.has(index));
  };
};

function isBlock(node: RootContent): node is Block {
  return node.type === 'paragraph' || node.type === 'caption';
}

/** Keeps the less altered of two copies (the first on a tie), carrying a caption's credit over. */
function collapse(tree: Root, file: VFile, repairs: RepairOffsets, first: number, second: number, similarity: number, removed: Set<number>): void {
  const a = tree.children[first] as Block;
  const b = tree.children[second] as Block;
  const [keep, drop, dropIndex] = repairs.within(b.position) < repairs.within(a.position) ? [b, a, first] : [a, b, second];
  const credit = (keep.type === 'caption' ? keep.credit : undefined) ?? (drop.type === 'caption' ? drop.credit : undefined);
  const isCaption = keep.type === 'caption' || drop.type === 'caption';
  const merged: Block = isCaption
    ? { type: 'caption', children: keep.children, ...(credit ? { credit } : {}), ...(keep.position ? { position: keep.position } : {}) }
    : keep;
  tree.children[keep === a ? first : second] = merged;
  removed.add(dropIndex);
  const kind = isCaption ? 'caption' : 'paragraph';
  const how = similarity === 1 ? 'an exact copy' : `a reworded copy (similarity ${similarity.toFixed(2)})`;
  const kept = keep.position ? `; kept the copy on line ${keep.position.start.line}` : '';
  reportChange(file, { ruleId, reason: `Removed duplicate ${kind}: ${how}${kept}`, node: drop, actual: describe(drop), expected: '' });
}

function describe(block: Block): string {
  return block.type === 'caption' && block.credit ? `${toString(block)} (Credit: ${block.credit})` : toString(block);
}

interface RepairOffsets {
  /** How many repairs earlier transforms reported inside a block: a sign of a garbled or spun copy. */
  within(position: Position | undefined): number;
}

// The offsets of the earlier transforms' repairs, sorted once and looked up per collapse: scanning
// every message for every duplicate would be quadratic on a book with thousands of duplicates.
// Messages this rule adds itself never count, so the index is read lazily but only once.
function repairOffsets(file: VFile): RepairOffsets {
  let offsets: number[] | undefined;
  const sorted = (): number[] => {
    offsets ??= file.messages
      .filter((message) => message.ruleId !== undefined && !notAlterations.has(message.ruleId))
      .map((message) => (message.place && 'start' in message.place ? message.place.start.offset : undefined))
      .filter((offset): offset is number => offset !== undefined)
      .sort((a, b) => a - b);
    return offsets;
  };
  return {
    within(position) {
      if (!position) return 0;
      const all = sorted();
      return firstAtLeast(all, position.end.offset ?? 0) - firstAtLeast(all, position.start.offset ?? 0);
    },
  };
}

/** Index of the first value ≥ `target` in a sorted list (binary search). */
function firstAtLeast(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

export default collapseDuplicateParagraphs;
