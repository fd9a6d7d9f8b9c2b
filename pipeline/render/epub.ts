// EPUB renderer: epub-gen-memory with our own package, navigation and chapter templates.
import { createHash } from 'node:crypto';
import { EPub } from 'epub-gen-memory';
import type { Chapter, Options } from 'epub-gen-memory';
import type { Book } from '../book.ts';
import { loadTemplate } from '../templates.ts';
import { treeToXhtml } from './xhtml.ts';

export interface EpubOptions {
  /** Timestamp written as dcterms:modified and on every zip entry, for byte-identical rebuilds. */
  modified: Date;
}

/**
 * epub-gen-memory draws a random uuid per book and stamps zip entries with the current time;
 * both are fixed here so that the same book always gives the same bytes.
 */
class ReproducibleEpub extends EPub {
  constructor(options: Options, content: Chapter[], identifier: string) {
    super(options, content);
    this.uuid = identifier;
  }

  async toBytes(modified: Date): Promise<Uint8Array> {
    await this.render();
    for (const entry of Object.values(this.zip.files)) entry.date = modified;
    return this.generateAsync({
      type: 'uint8array',
      mimeType: 'application/epub+zip',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
  }
}

export async function renderEpub(book: Book, options: EpubOptions): Promise<Uint8Array> {
  const { metadata } = book;
  const body = treeToXhtml(book.tree);
  const identifier = contentIdentifier(book, body);
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
    // Extra fields read by our own content.opf template.
    modified: options.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    bookDate: metadata.date ?? '',
    source: metadata.source ?? '',
    keywords: metadata.keywords ?? [],
  } satisfies Options & Record<string, unknown>;
  const chapters: Chapter[] = [{ title: metadata.title, content: body, filename: 'text.xhtml' }];
  return new ReproducibleEpub(epubOptions, chapters, identifier).toBytes(options.modified);
}

// Same text and metadata → same identifier, so a rebuilt book replaces the old one in a library.
function contentIdentifier(book: Book, body: string): string {
  const hash = createHash('sha256').update(JSON.stringify(book.metadata)).update(body).digest('hex');
  return `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}
