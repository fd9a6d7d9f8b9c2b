// Metadata: front matter wins over what the transforms found in the text, which wins over what is
// worked out from the text itself (language, description), which wins over defaults.
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { BookMetadata } from './book.ts';
import type { FrontMatter } from './parse.ts';
import { detectLanguage } from './language.ts';
import { describeOpening } from './description.ts';
import './file-data.ts';

const defaultLanguage = 'en';

export function describeBook(tree: Root, file: VFile, slug: string, configuredLanguage?: string): BookMetadata {
  const frontMatter: FrontMatter = file.data.frontMatter ?? {};
  const found = file.data.foundMetadata ?? {};
  dropEmptyTitleHeading(tree);
  const heading = leadingTitleHeading(tree);
  const title = text(frontMatter.title) ?? (heading ? toString(heading).trim() : undefined) ?? found.title ?? slug;
  if (!heading) tree.children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });

  const metadata: BookMetadata = {
    title,
    // A language set in the config or the seed's `ebook:` block is the user's word, so it wins over detection.
    language: text(frontMatter.language) ?? text(frontMatter.lang) ?? found.language ?? configuredLanguage ?? detectLanguage(toString(tree)) ?? defaultLanguage,
    slug,
  };
  const author = text(frontMatter.author) ?? found.author;
  const source = text(frontMatter.source) ?? found.source;
  const date = dateText(frontMatter.date) ?? found.date;
  const description = text(frontMatter.description) ?? found.description ?? describeOpening(tree, metadata.language);
  const keywords = keywordList(frontMatter.keywords ?? frontMatter.tags);
  if (author) metadata.author = author;
  if (source) metadata.source = source;
  if (date) metadata.date = date;
  if (description) metadata.description = description;
  if (keywords.length > 0) metadata.keywords = keywords;
  return metadata;
}

function leadingTitleHeading(tree: Root): Heading | undefined {
  const first = tree.children[0];
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}

// A title line that was only markup (`<br>`, `<p></p>`) is empty once cleaned: it goes, and the
// title comes from the front matter, the metadata found, or the file name, like a seed without one.
function dropEmptyTitleHeading(tree: Root): void {
  const heading = leadingTitleHeading(tree);
  if (heading && toString(heading).trim() === '') tree.children.shift();
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// YAML turns an unquoted 2024-05-01 into a Date; keep only its calendar day.
function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return text(value);
}

function keywordList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((keyword): keyword is string => keyword !== undefined);
  const single = text(value);
  return single ? single.split(',').map((keyword) => keyword.trim()).filter(Boolean) : [];
}

/**
 * The book's own date as a timestamp (midnight UTC for a calendar day), used as the outputs'
 * modification date so that they depend on the seed and not on the day of the build.
 */
export function bookTimestamp(metadata: BookMetadata): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(metadata.date ?? '');
  if (!match) return undefined;
  const timestamp = new Date(match[0].length === 10 ? `${match[0]}T00:00:00Z` : match[0]);
  return Number.isNaN(timestamp.getTime()) ? undefined : timestamp;
}
