// EPUB renderer: epub-gen-memory with our own package, navigation, chapter and cover templates.
import { createHash } from 'node:crypto';
import ejs from 'ejs';
import { EPub } from 'epub-gen-memory';
import type { Chapter, Options } from 'epub-gen-memory';
import type { Book } from '../book.ts';
import { loadTemplate } from '../templates.ts';
import { renderCoverPng } from './cover.ts';
import { writeZip } from './epub-zip.ts';
import { sectionBook, type SectionBookOptions } from './epub-sections.ts';

export interface EpubOptions extends SectionBookOptions {
  /** Timestamp written as dcterms:modified and on every zip entry, for byte-identical rebuilds. */
  modified: Date;
}

interface CoverFiles {
  image: Uint8Array;
  page: string;
}

/**
 * epub-gen-memory draws a random uuid per book and stamps zip entries with the current time;
 * both are fixed here so that the same book always gives the same bytes. The cover is added
 * here too: the library would treat its `<img>` as a URL to download.
 */
class ReproducibleEpub extends EPub {
  readonly #cover: CoverFiles;

  constructor(options: Options, content: Chapter[], identifier: string, cover: CoverFiles) {
    super(options, content);
    this.uuid = identifier;
    this.#cover = cover;
  }

  /** The library fills its jszip folder; the zip itself is written by epub-zip.ts, faster. */
  async toBytes(modified: Date): Promise<Uint8Array> {
    await this.render();
    const oebps = this.zip.folder('OEBPS')!;
    oebps.file(coverImageName, this.#cover.image);
    oebps.file(coverPageName, this.#cover.page);
    // In the order the library added them: `mimetype` first. Folders need no entry of their own.
    const files = Object.values(this.zip.files).filter((file) => !file.dir);
    const entries = await Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array'), store: file.name === 'mimetype' })));
    return writeZip(entries, modified);
  }
}

const coverImageName = 'cover.png';
const coverPageName = 'cover.xhtml';

export async function renderEpub(book: Book, options: EpubOptions): Promise<Uint8Array> {
  const { metadata } = book;
  const { sections, nav } = sectionBook(book.tree, metadata.title, options);
  const identifier = contentIdentifier(book, sections.map((section) => section.body));
  const coverAlt = [`Cover: ${metadata.title}`, metadata.author, metadata.source].filter(Boolean).join(', ');
  const shared = { lang: metadata.language, title: metadata.title };
  const epubOptions = {
    title: metadata.title,
    author: metadata.author ? [metadata.author] : [],
    lang: metadata.language,
    description: metadata.description ?? '',
    date: options.modified.toISOString(),
    tocTitle: 'Contents',
    css: loadTemplate('epub/style.css'),
    contentOPF: loadTemplate('epub/content.opf.ejs'),
    tocXHTML: loadTemplate('epub/toc.xhtml.ejs'),
    tocNCX: loadTemplate('epub/toc.ncx.ejs'),
    chapterXHTML: loadTemplate('epub/chapter.xhtml.ejs'),
    version: 3,
    verbose: false,
    // Extra fields read by our own templates.
    modified: options.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    bookDate: metadata.date ?? '',
    source: metadata.source ?? '',
    keywords: metadata.keywords ?? [],
    nav,
    coverImage: coverImageName,
    coverPage: coverPageName,
  } satisfies Options & Record<string, unknown>;
  // Each body goes in wrapped in <body>, which the library strips again: given a bare fragment it
  // looks for <body> among the fragment's top-level elements in quadratic time (minutes for a book
  // of 20 MB in one file).
  const chapters: Chapter[] = sections.map((section) => ({ title: section.title, content: `<body>${section.body}</body>`, filename: section.filename }));
  const cover: CoverFiles = {
    image: renderCoverPng(metadata),
    page: ejs.render(loadTemplate('epub/cover.xhtml.ejs'), { ...shared, image: coverImageName, alt: coverAlt }),
  };
  return new ReproducibleEpub(epubOptions, chapters, identifier, cover).toBytes(options.modified);
}

// Same text and metadata → same identifier, so a rebuilt book replaces the old one in a library.
function contentIdentifier(book: Book, bodies: string[]): string {
  const hash = createHash('sha256').update(JSON.stringify(book.metadata));
  for (const body of bodies) hash.update(body);
  const hex = hash.digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
