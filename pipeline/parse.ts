// Parse: clean text becomes an mdast tree plus whatever front matter the seed declared.
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { SeedKind } from './book.ts';
import type { Range } from './text/quotations.ts';
import { SeedError } from './seed-error.ts';

export type FrontMatter = Record<string, unknown>;

export interface ParsedSeed {
  tree: Root;
  frontMatter: FrontMatter;
}

export function parseSeed(text: string, kind: SeedKind, seedPath: string): ParsedSeed {
  return kind === 'markdown' ? parseMarkdown(text, seedPath) : parsePlainText(text);
}

/**
 * Plain text is not Markdown: build the tree directly so that "2020. …", "#", ">" or "<b>" stay
 * literal text. The first non-empty line is the title; blank lines separate blocks. Each block
 * keeps its raw lines, joined by "\n" with their indentation, because the structure rules
 * (`detect-*`, `unwrap-hard-wraps`, …) decide from the lines what a block is and which line ends
 * are hard wraps.
 */
export function parsePlainText(text: string): ParsedSeed {
  const children: RootContent[] = [];
  for (const block of splitBlocks(text)) {
    if (children.length === 0) {
      const [titleLine, ...rest] = block.lines;
      if (titleLine) children.push(heading(titleLine.text, titleLine.position));
      if (rest.length > 0) children.push(paragraph(rest));
      continue;
    }
    children.push(paragraph(block.lines));
  }
  return { tree: { type: 'root', children }, frontMatter: {} };
}

interface Line {
  text: string;
  position: Position;
}

function splitBlocks(text: string): Array<{ lines: Line[] }> {
  const blocks: Array<{ lines: Line[] }> = [];
  let current: Line[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const start: Point = { line: index + 1, column: 1, offset };
    const end: Point = { line: index + 1, column: raw.length + 1, offset: offset + raw.length };
    offset += raw.length + 1;
    if (raw.trim() === '') {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
      return;
    }
    current.push({ text: raw, position: { start, end } });
  });
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

function heading(value: string, position: Position): Heading {
  return { type: 'heading', depth: 1, children: [{ type: 'text', value: value.trim(), position }], position };
}

function paragraph(lines: Line[]): Paragraph {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const position = { start: first.position.start, end: last.position.end };
  const value = lines.map((line) => line.text).join('\n');
  const text: Text = { type: 'text', value, position };
  return { type: 'paragraph', children: [text], position };
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(text: string, seedPath: string): ParsedSeed {
  const tree = markdownParser.parse(text);
  let frontMatter: FrontMatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    frontMatter = readFrontMatter(first.value, seedPath);
    tree.children.shift();
  }
  literalizeHtml(tree);
  return { tree, frontMatter };
}

function readFrontMatter(source: string, seedPath: string): FrontMatter {
  let value: unknown;
  try {
    value = parseYaml(source);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (front matter line ${error.linePos[0].line})` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SeedError(seedPath, `has front matter that is not valid YAML${where}: ${reason}`, 'Fix the YAML between the --- lines at the top of the file.');
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new SeedError(seedPath, 'has front matter that is not a set of "key: value" lines.', 'Write the front matter as YAML keys such as "title: …".');
  }
  return value as FrontMatter;
}

declare module 'mdast' {
  interface TextData {
    /**
     * Where this text was raw HTML in a Markdown seed (half-open ranges of `value`): strip-html
     * cleans these and nothing else, since the parser already decoded the rest (`\\<b>` is a literal `<b>`).
     */
    rawHtml?: Range[];
  }
}

const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

// Raw HTML in a seed is text the user wrote, not markup we trust: keep it, literally, as text.
function literalizeHtml(tree: Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return;
    // An HTML block keeps the line end that closed it: not part of what the user wrote.
    const flow = flowParents.has(parent.type);
    const value = flow ? node.value.replace(/\n+$/, '') : node.value;
    const text: Text = { type: 'text', value, data: { rawHtml: [[0, value.length]] }, ...(node.position ? { position: node.position } : {}) };
    // Where blocks stand (the root, a list item, a quote), the text needs a paragraph around it to be valid mdast.
    const replacement = flow ? ({ type: 'paragraph', children: [text] } satisfies Paragraph) : text;
    parent.children.splice(index, 1, replacement as never);
  });
  mergeAdjacentText(tree);
}

// "<b> a" was html + text: as one text node (as a parser would give) the rules see the words with their spaces.
function mergeAdjacentText(tree: Root): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const next = parent.children[index + 1];
    if (next?.type !== 'text') return;
    const rawHtml = [...(node.data?.rawHtml ?? []), ...(next.data?.rawHtml ?? []).map(([start, end]) => [start + node.value.length, end + node.value.length] as const)];
    node.value += next.value;
    if (rawHtml.length > 0) node.data = { ...node.data, rawHtml };
    if (node.position && next.position) node.position = { start: node.position.start, end: next.position.end };
    parent.children.splice(index + 1, 1);
    return index;
  });
}
