// EPUB sections: the cleaned tree cut into XHTML files at depth-2 headings (long books only; a
// collection at its members' depth-1 headings), a very long chapter further into parts of a few
// hundred kilobytes, with ids on the headings and the navigation entries that point at them.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { hastToXhtml, treeToHast } from './xhtml.ts';

export interface EpubSection {
  /** File name inside the package, e.g. `text.xhtml`. */
  filename: string;
  /** The page title: the section's first heading, else the book's title. */
  title: string;
  /** XHTML body fragment. */
  body: string;
}

export interface NavEntry {
  title: string;
  /** `file.xhtml` or `file.xhtml#heading-id`. */
  href: string;
  children: NavEntry[];
}

export interface SectionBookOptions {
  /**
   * Split at depth-2 headings only from this many words on: a short article stays one file, so a
   * reader app does not start a new page at every subheading. Default: 2500.
   */
  splitWords?: number;
  /**
   * Cut a chapter (or a book without chapters) into files of about this many characters of text;
   * the next file goes on where the last one stopped, without an entry of its own in the
   * contents. Default: 300,000 (some 300 kB of XHTML).
   */
  partCharacters?: number;
}

const emptyOptions: SectionBookOptions = {};

export function sectionBook(tree: Root, bookTitle: string, options: SectionBookOptions = emptyOptions): { sections: EpubSection[]; nav: NavEntry[] } {
  const splitWords = options.splitWords ?? 2500;
  // A collection (pipeline/collection.ts) opens each member with a depth-1 heading: every member is
  // a file of its own whatever its length, and its depth-2 headings nest under it in the contents.
  const collection = tree.children.filter((node) => node.type === 'heading' && node.depth === 1).length >= 2;
  const top = collection ? 1 : 2;
  const slugger = new GithubSlugger();
  // Copies, not edits: the same tree goes to the other renderers.
  const nodes = tree.children.map((node): RootContent => (node.type === 'heading' && node.depth >= top ? withId(node, headingId(node, slugger)) : node));
  const chapterHeadings = nodes.filter((node) => node.type === 'heading' && node.depth === top).length;
  const split = collection || (chapterHeadings >= 2 && countWords(toString(tree)) >= splitWords);
  const partCharacters = options.partCharacters ?? 300_000;

  const groups: RootContent[][] = [[]];
  let characters = 0;
  for (const node of nodes) {
    const length = toString(node).length;
    const chapterStart = split && node.type === 'heading' && node.depth === top;
    // A very long chapter (or a long book without chapters) goes on in a file of its own: a reader
    // app, and the EPUB library here, would otherwise hold one document of many megabytes.
    const full = characters > 0 && characters + length > partCharacters;
    if ((chapterStart || full) && groups.at(-1)!.length > 0) {
      groups.push([]);
      characters = 0;
    }
    groups.at(-1)!.push(node);
    characters += length;
  }
  const filenames = groups.map((_, index) => (groups.length === 1 ? 'text.xhtml' : `text-${index + 1}.xhtml`));

  let title = bookTitle;
  const sections = groups.map((children, index): EpubSection => {
    const first = children.find((node): node is Heading => node.type === 'heading');
    // A part that goes on from the one before keeps its title when it opens with no heading.
    if (first || index === 0 || children[0]?.type === 'heading') title = first ? toString(first) : bookTitle;
    return {
      filename: filenames[index]!,
      title,
      body: hastToXhtml(treeToHast({ type: 'root', children })),
    };
  });
  return { sections, nav: navigation(groups, filenames, collection ? undefined : bookTitle, top) };
}

/** The title opens the list (not for a collection, whose members are the list); `top` headings follow, with the next depth inside. */
function navigation(groups: RootContent[][], filenames: string[], bookTitle: string | undefined, top: number): NavEntry[] {
  const entries: NavEntry[] = bookTitle === undefined ? [] : [{ title: bookTitle, href: filenames[0]!, children: [] }];
  const firstNested = entries.length;
  groups.forEach((children, index) => {
    const filename = filenames[index]!;
    children.forEach((node, position) => {
      if (node.type !== 'heading' || node.depth < top || node.depth > top + 1) return;
      const id = node.data?.hProperties?.['id'];
      const href = position === 0 || typeof id !== 'string' ? filename : `${filename}#${id}`;
      const entry: NavEntry = { title: toString(node), href, children: [] };
      const parent = entries.at(-1);
      if (node.depth === top + 1 && parent && entries.length > firstNested) parent.children.push(entry);
      else entries.push(entry);
    });
  });
  return entries;
}

// Counted without an array of the words: a book may have millions.
function countWords(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words += 1;
  return words;
}

function withId(heading: Heading, id: string): Heading {
  return { ...heading, data: { ...heading.data, hProperties: { ...heading.data?.hProperties, id } } };
}

// Readable anchors (`a-note-on-ovens`); an id must start with a letter to be a valid XML name.
function headingId(heading: Heading, slugger: GithubSlugger): string {
  const slug = slugger.slug(toString(heading));
  return /^[\p{L}_]/u.test(slug) ? slug : slugger.slug(`section-${slug}`);
}
