// Collections: several cleaned books bound into one anthology, a chapter per book.
import type { Heading, RootContent } from 'mdast';
import type { Book, BookMetadata } from './book.ts';

export interface CollectionDescription {
  slug: string;
  title: string;
  author?: string;
  language: string;
}

/**
 * The anthology keeps the one `Book` shape: a tree in which each chapter opens with its own
 * depth-1 heading (the member's title), so renderers can split chapters and build the contents
 * from those headings. Depth-1 headings inside a member become depth 2 to keep that true.
 */
export function bindCollection(members: readonly Book[], description: CollectionDescription): Book {
  const children: RootContent[] = [];
  for (const member of members) {
    const [title, ...rest] = member.tree.children;
    if (title) children.push(title);
    const byline = bylineOf(member.metadata);
    if (byline) children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: byline }] }] });
    for (const node of rest) children.push(node.type === 'heading' && node.depth === 1 ? ({ ...node, depth: 2 } satisfies Heading) : node);
  }
  const metadata: BookMetadata = { title: description.title, language: description.language, slug: description.slug };
  if (description.author) metadata.author = description.author;
  const keywords = [...new Set(members.flatMap((member) => member.metadata.keywords ?? []))];
  if (keywords.length > 0) metadata.keywords = keywords;
  metadata.description = `${members.length} pieces: ${members.map((member) => member.metadata.title).join('; ')}.`;
  return { metadata, tree: { type: 'root', children } };
}

function bylineOf(metadata: BookMetadata): string | undefined {
  const parts = [metadata.author, metadata.source, metadata.date].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
