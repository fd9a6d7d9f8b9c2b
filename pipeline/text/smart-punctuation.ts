// Curly quotes and ellipses in an mdast tree, by retext-smartypants: the work remark-smartypants
// does, in the same way, without reading the text twice. remark-smartypants curls the quotes in one
// pass over the joined text of the tree, then parses every text node again with retext for its
// ellipses; that second parse was a third of the typography rule's time, while only nodes with
// three dots in them can change. Here those nodes alone are parsed again.
import type { Nodes, Parent, Root, Text } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// Quotes first, on the joined text: a quote is curled by its neighbours, which may sit across an
// emphasis or link. Ellipses change the length of the text, so they come after, node by node.
const quotes = retext().use(curlQuotedSentences);
const ellipses = retext().use(retextSmartypants, { quotes: false, ellipses: true, dashes: false, backticks: false });

/** retext-smartypants' quote rule, as a transformer of any nlcst subtree. */
const curlQuotes = retextSmartypants({ quotes: true, ellipses: false, dashes: false, backticks: false });
type Sentences = Parameters<typeof curlQuotes>[0];

/**
 * retext-smartypants' quotes, run sentence by sentence and only where a sentence holds a straight
 * quote. The rule reads a quote's neighbours in its sentence (or word) and changes only quotes, so
 * the result is the same; walking every sentence (unist-util-visit keeps a parent stack for every
 * word) was nearly half of the typography rule's time. A tree of another shape (a quote outside
 * any sentence) is walked whole, as the plugin itself does.
 */
function curlQuotedSentences() {
  return function (tree: Sentences, file: { value: unknown }): undefined {
    const text = String(file.value);
    const sentences = tree.children.flatMap((child) => (child.type === 'ParagraphNode' ? child.children : [child]));
    if (!sentences.every((sentence) => sentence.type === 'SentenceNode' || sentence.type === 'WhiteSpaceNode')) return curlQuotes(tree);
    for (const sentence of sentences) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start !== undefined && end !== undefined && !mayHoldQuote.test(text.slice(start, end))) continue;
      // The plugin walks the tree it is given; a sentence is a tree of its own here (the plugin
      // skips the node it starts at, which has no parent, and a sentence is no quote).
      curlQuotes({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: [sentence] }] });
    }
    return undefined;
  };
}

// The nodes remark-smartypants reads: their text, and a space at the start of each block so that a
// quote opening a block is read as opening (inline parents such as emphasis get no space).
const literals = new Set(['text', 'inlineCode']);
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/** Could retext-smartypants find an ellipsis here: three dots, with or without spaces between. */
const mayHoldEllipsis = /\.\s*\.\s*\./;
const mayHoldQuote = /["']/;

/** Curls the straight quotes and sets the ellipses of every text node of the tree, in place. */
export function educatePunctuation(tree: Root): void {
  const nodes: Array<Text | { type: 'inlineCode'; value: string } | { type: 'block' }> = [];
  let joined = '';
  visit(tree, (node: Nodes, _index, parent: Parent | undefined) => {
    if (!parent) return;
    if (literals.has(node.type)) {
      const literal = node as Text;
      // Inline code takes part as letters: it separates quotes like a word would, and stays as it is.
      joined += literal.type === 'text' ? literal.value : 'A'.repeat(literal.value.length);
      nodes.push(literal);
    } else if (blocks.has(node.type)) {
      joined += ' ';
      nodes.push({ type: 'block' });
    }
  });
  const curled = mayHoldQuote.test(joined) ? String(quotes.processSync(joined)) : joined;
  let start = 0;
  for (const node of nodes) {
    if (node.type === 'block') {
      start += 1;
      continue;
    }
    const end = start + node.value.length;
    if (node.type === 'text') {
      const text = curled.slice(start, end);
      node.value = mayHoldEllipsis.test(text) ? String(ellipses.processSync(text)) : text;
    }
    start = end;
  }
}
