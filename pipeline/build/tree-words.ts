// The catalog's word count, read from the cleaned tree: the same count `countWords` gives on the
// book's Markdown, without writing the Markdown (~5 ms a book) when the build writes none (EPUB only).
// Markdown marks never contain a letter or a digit and never split or join words, so the words are
// those of the text, block by block, plus one per item of a numbered list ("1." is a word). Where
// the writer would encode a character (`&#x20;` has letters, and it joins what a space split), or
// for a node this does not follow, the Markdown is written and counted after all.
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { Book } from '../book.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { countWords } from './book-record.ts';

/** Words of the book's Markdown, as `countWords(renderMarkdown(book))` counts them. */
export function countBookWords(book: Book): number {
  return countTreeWords(book.tree) ?? countWords(renderMarkdown(book));
}

/** The count, or undefined when the tree has something whose Markdown this cannot foresee. */
export function countTreeWords(tree: Root): number | undefined {
  const counter = { words: 0 };
  return countBlocks(tree, counter) ? counter.words : undefined;
}

interface Counter {
  words: number;
}

function countBlocks(parent: Parents, counter: Counter): boolean {
  for (const node of parent.children as Nodes[]) {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const text = blockText(node.children, node.type === 'heading');
        if (text === undefined) return false;
        counter.words += wordsIn(text);
        break;
      }
      case 'caption': {
        // Written as a paragraph: the caption in emphasis, then " (Credit: …)".
        const children: PhrasingContent[] = [{ type: 'emphasis', children: node.children }];
        if (node.credit) children.push({ type: 'text', value: ` (Credit: ${node.credit})` });
        const text = blockText(children, false);
        if (text === undefined) return false;
        counter.words += wordsIn(text);
        break;
      }
      case 'thematicBreak':
        break;
      case 'blockquote':
        if (!countBlocks(node, counter)) return false;
        break;
      case 'list':
        for (const item of node.children) {
          // A task item's "[x]" is a word; numbered items' markers are.
          if (typeof item.checked === 'boolean') return false;
          if (node.ordered) counter.words += 1;
          if (!countBlocks(item, counter)) return false;
        }
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Whitespace, punctuation (with symbols) and the rest, as micromark tells them apart. */
const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The text of a paragraph or heading as its words stand in the Markdown, or undefined where the
 * writer would encode a character: a space or tab at a line's edge or the block's, a line ending in
 * a heading, a carriage return, or around emphasis (see mdast-util-to-markdown's encode-info).
 */
function blockText(children: PhrasingContent[], heading: boolean): string | undefined {
  const edges: number[] = [];
  const text = phrasingText(children, edges, { text: '' });
  if (text === undefined) return undefined;
  if (/\r|^\s|\s$|[ \t]\n|\n[ \t]/.test(text) || (heading && text.includes('\n'))) return undefined;
  for (const edge of edges) {
    // An emphasis mark sits between `edge - 1` and `edge`: the characters on either side may be
    // encoded, which is harmless for a letter or a digit (its word has one already). Punctuation is
    // never encoded, nor a space outside (only with a space inside, which phrasingText refused).
    for (const at of [edge - 1, edge]) {
      const character = text[at];
      if (character === undefined || whitespace.test(character) || punctuation.test(character)) continue;
      if (!letterOrDigit.test(character)) return undefined;
    }
  }
  return text;
}

function phrasingText(children: PhrasingContent[], edges: number[], out: { text: string }): string | undefined {
  for (const child of children) {
    switch (child.type) {
      case 'text':
        out.text += child.value;
        break;
      case 'break':
        out.text += '\n';
        break;
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const start = out.text.length;
        if (phrasingText(child.children, edges, out) === undefined) return undefined;
        // Empty emphasis, or emphasis with a space at its edge, is written with encoded characters.
        if (out.text.length === start || whitespace.test(out.text[start]!) || whitespace.test(out.text.at(-1)!)) return undefined;
        edges.push(start, out.text.length);
        break;
      }
      default:
        return undefined;
    }
  }
  return out.text;
}

function wordsIn(text: string): number {
  let words = 0;
  for (const [word] of text.matchAll(/\S+/g)) if (letterOrDigit.test(word)) words += 1;
  return words;
}
