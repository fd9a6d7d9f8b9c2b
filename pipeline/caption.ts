// The one block type we add to mdast: a photo caption with an optional credit, which every
// format renders as a distinct element rather than as body text.
import type { Emphasis, Paragraph, Parent, PhrasingContent } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { State as HastState } from 'mdast-util-to-hast';
import type { Handle as MarkdownHandle } from 'mdast-util-to-markdown';

export interface Caption extends Parent {
  type: 'caption';
  children: PhrasingContent[];
  /** Who took or supplied the photo ("AP", "Reuters"), split off the caption text. */
  credit?: string;
}

declare module 'mdast' {
  interface RootContentMap {
    caption: Caption;
  }
  interface BlockContentMap {
    caption: Caption;
  }
}

/** Markdown: `*caption text* (Credit: AP)` — readable, and recognised again when re-cleaned. */
export const captionToMarkdown: MarkdownHandle = (node: Caption, parent, state, info) => {
  const emphasis: Emphasis = { type: 'emphasis', children: node.children };
  const children: PhrasingContent[] = [emphasis];
  if (node.credit) children.push({ type: 'text', value: ` (Credit: ${node.credit})` });
  const paragraph: Paragraph = { type: 'paragraph', children };
  return state.handle(paragraph, parent, state, info);
};

/** XHTML: `<figure class="caption"><figcaption>… <span class="credit">Credit: AP</span></figcaption></figure>`. */
export function captionToHast(state: HastState, node: Caption): Element {
  const children: ElementContent[] = [...state.all(node)];
  if (node.credit) {
    children.push({ type: 'text', value: ' ' });
    children.push({ type: 'element', tagName: 'span', properties: { className: ['credit'] }, children: [{ type: 'text', value: `Credit: ${node.credit}` }] });
  }
  const figcaption: Element = { type: 'element', tagName: 'figcaption', properties: {}, children };
  const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['caption'] }, children: [figcaption] };
  state.patch(node, figure);
  return figure;
}
