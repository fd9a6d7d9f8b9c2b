// The whole pipeline, in order: ingest → parse → transforms → render (Markdown, EPUB, PDF).
import { unified } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { Book, SeedKind } from './book.ts';
import { ingest } from './ingest.ts';
import { parseSeed } from './parse.ts';
import { transformsFor } from './transforms/index.ts';
import type { CleanupSettings } from './transforms/settings.ts';
import { bookTimestamp, describeBook } from './metadata.ts';
import { renderMarkdown } from './render/markdown.ts';
import { renderEpub } from './render/epub.ts';
import { renderPdf, type PageSize } from './render/pdf.ts';
import './file-data.ts';

export interface Seed {
  /** Path as the user knows it; used in every message about this seed. */
  path: string;
  bytes: Uint8Array;
  kind: SeedKind;
  /** Output name, already made safe and unique by the caller. */
  slug: string;
}

export interface BuildSettings {
  /** Fixed timestamp for the EPUB and PDF metadata of books without a date, so rebuilds are byte-identical. */
  buildDate: Date;
  /** Which cleanup transforms run, captions kept or dropped, the folder's statistics. Default: all on. */
  cleanup?: CleanupSettings;
  /** Paper size of the PDF: `A5` (default), `A4` or `Letter`. */
  pageSize?: PageSize;
}

export interface BuiltBook {
  book: Book;
  /** Every change and warning the stages reported, with rule ids and places. */
  report: VFile;
  outputs: { markdown: Uint8Array; epub: Uint8Array; pdf: Uint8Array };
}

export async function cleanSeed(seed: Seed, settings: CleanupSettings = {}): Promise<{ book: Book; report: VFile }> {
  const { text, notes } = ingest(seed.bytes, seed.path);
  const { tree, frontMatter } = parseSeed(text, seed.kind, seed.path);
  const report = new VFile({ path: seed.path, value: text, data: { frontMatter, seedKind: seed.kind } });
  for (const note of notes) report.info(note.reason, { ruleId: note.ruleId, source: 'ebook-pipeline', ...(note.line ? { place: { line: note.line, column: 1 } } : {}) });
  const cleanup = unified();
  for (const entry of transformsFor(settings, frontMatter)) cleanup.use(entry.plugin, entry.options?.({ settings, seedPath: seed.path }) as never);
  // unified's types lose the tree type across a plugin list; every transform takes and gives a Root.
  const cleaned = (await cleanup.run(tree, report)) as Root;
  const metadata = describeBook(cleaned, report, seed.slug);
  return { book: { metadata, tree: cleaned }, report };
}

export async function buildSeed(seed: Seed, settings: BuildSettings): Promise<BuiltBook> {
  const { book, report } = await cleanSeed(seed, settings.cleanup);
  const stamp = bookTimestamp(book.metadata) ?? settings.buildDate;
  const [epub, pdf] = await Promise.all([
    renderEpub(book, { modified: stamp }),
    renderPdf(book, { created: stamp, report, ...(settings.pageSize ? { pageSize: settings.pageSize } : {}) }),
  ]);
  return { book, report, outputs: { markdown: renderMarkdown(book), epub, pdf } };
}

