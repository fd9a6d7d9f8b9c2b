// A paragraph a cleanup rule emptied goes from the tree: left in, it prints as a stray blank line, and
// cleaning the output again would then change it (the pipeline must be idempotent).
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function dropEmptiedParagraphs(tree: Root, emptied: ReadonlySet<Paragraph>): void {
  if (emptied.size === 0) return;
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!emptied.has(node) || !parent || index === undefined) return;
    if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return;
    parent.children.splice(index, 1);
    return index;
  });
}
