// Markdown renderer: the cleaned tree with YAML front matter, written by remark-stringify.
import type { Root, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify as stringifyYaml } from 'yaml';
import type { Book } from '../book.ts';
import { captionToMarkdown } from '../caption.ts';

/** How our Markdown is written; the fixture tests write expected outputs the same way. */
export const markdownStyle = { bullet: '-', emphasis: '_', strong: '*', rule: '*', fences: true, handlers: { caption: captionToMarkdown } } as const;

const stringifier = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, markdownStyle);

export function renderMarkdown(book: Book): Uint8Array {
  const { title, author, source, date, language, keywords, description } = book.metadata;
  const fields = { title, author, source, date, language, keywords, description };
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const frontMatter: Yaml = { type: 'yaml', value: stringifyYaml(present).trimEnd() };
  const root: Root = { type: 'root', children: [frontMatter, ...book.tree.children] };
  return new TextEncoder().encode(stringifier.stringify(root));
}
