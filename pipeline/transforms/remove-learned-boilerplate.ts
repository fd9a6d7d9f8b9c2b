// remove-learned-boilerplate: paragraphs that the build found at the start or end of many seeds of
// the same folder (a site's sign-off, a syndication notice) are removed from this seed's edges,
// even when no rule names them. A seed that nearly duplicates another seed is flagged.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isMasthead } from '../text/masthead.ts';
import { boilerplateKey } from '../corpus-statistics.ts';
import { reportChange, reportWarning } from './report-change.ts';

export interface Options {
  /** Keys (see `boilerplateKey`) of paragraphs that recur at the edges of the folder's seeds. Default: none. */
  boilerplate?: readonly string[];
  /** Another seed of the folder that this one nearly duplicates, from the build's first pass. */
  nearDuplicate?: { of: string; similarity: number } | undefined;
}

const ruleId = 'remove-learned-boilerplate';

const removeLearnedBoilerplate: Plugin<[Options?], Root> = function (options) {
  const learned = new Set(options?.boilerplate ?? []);
  const nearDuplicate = options?.nearDuplicate;
  return function (tree, file) {
    if (nearDuplicate) {
      const percent = Math.round(nearDuplicate.similarity * 100);
      reportWarning(file, { ruleId, reason: `This seed nearly duplicates ${nearDuplicate.of} (${percent}% of its word sequences are shared); the same article scraped twice?` });
    }
    if (learned.size === 0) return;
    // A masthead is left for remove-boilerplate, which turns it into the source metadata.
    const isLearned = (index: number): boolean => {
      const node = tree.children[index];
      if (node?.type !== 'paragraph') return false;
      const text = toString(node);
      return learned.has(boilerplateKey(text)) && !isMasthead(text, { beforeTrailers: true });
    };
    const start = tree.children[0]?.type === 'heading' ? 1 : 0;
    for (let index = tree.children.length - 1; index >= start && isLearned(index); index -= 1) remove(tree, file, index);
    while (start < tree.children.length && isLearned(start)) remove(tree, file, start);
  };
};

function remove(tree: Root, file: VFile, index: number): void {
  const [node] = tree.children.splice(index, 1);
  reportChange(file, { ruleId, reason: 'Removed a paragraph that recurs at the edges of many seeds in this folder', node, actual: toString(node), expected: '' });
}

export default removeLearnedBoilerplate;
