// The whole pipeline, in order: ingest → parse → transforms → render (Markdown, EPUB, PDF).
import { unified } from 'unified';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { Book, SeedKind } from './book.ts';
import { ingest } from './ingest.ts';
import { parseSeed, type FrontMatter } from './parse.ts';
import { transformsFor } from './transforms/index.ts';
import type { CleanupSettings } from './transforms/settings.ts';
import { bookTimestamp, describeBook } from './metadata.ts';
import { renderMarkdown } from './render/markdown.ts';
import { renderEpub } from './render/epub.ts';
import type { PageSize } from './render/pdf.ts';
import { allFormats, type OutputFormat } from './output-formats.ts';
import './file-data.ts';

export { allFormats, type OutputFormat };

export interface Seed {
  /** Path as the user knows it; used in every message about this seed. */
  path: string;
  bytes: Uint8Array;
  kind: SeedKind;
  /** Output name, already made safe and unique by the caller. */
  slug: string;
}

/** Pipeline stages as timed by the build (the clock lives there, not in the stages). */
export type Stage = 'ingest' | 'parse' | 'transforms' | OutputFormat;

/** Runs one stage; the build passes a stopwatch here, the default just runs it. */
export type StageRunner = <T>(stage: Stage, run: () => T) => T;

export interface BuildSettings {
  /** Fixed timestamp for the EPUB and PDF metadata of books without a date, so rebuilds are byte-identical. */
  buildDate: Date;
  /** Which cleanup transforms run, captions kept or dropped, the folder's statistics. Default: all on. */
  cleanup?: CleanupSettings;
  /** Formats to render; all three when absent. */
  formats?: readonly OutputFormat[];
  /** Language of books whose seed does not say; detected from the text (else 'en') when absent. */
  language?: string;
  /** Paper size of the PDF: `A5` (default), `A4` or `Letter`. */
  pageSize?: PageSize;
  /** Per-seed settings read from the seed's front matter (the build validates them). */
  seedOverrides?: (frontMatter: FrontMatter, seedPath: string) => Partial<BuildSettings>;
  stage?: StageRunner;
  /**
   * Called after each transform and after each render: each leaves a whole book's worth of garbage,
   * which the build collects there for a long book (see worker.ts).
   */
  settle?: () => void;
}

type CleanSettings = Omit<BuildSettings, 'buildDate'>;

export interface BuiltBook {
  book: Book;
  /** Every change and warning the stages reported, with rule ids and places. */
  report: VFile;
  /** Only the formats asked for in the settings. */
  outputs: Partial<Record<OutputFormat, Uint8Array>>;
}

const runDirectly: StageRunner = (_stage, run) => run();

/** Cleans one seed; `buildSettings` (language, per-seed overrides, stopwatch) come from the build. */
export async function cleanSeed<S extends CleanSettings>(seed: Seed, cleanupSettings: CleanupSettings = {}, buildSettings: S = {} as S): Promise<{ book: Book; report: VFile; settings: S }> {
  const stage = buildSettings.stage ?? runDirectly;
  const { text, notes } = stage('ingest', () => ingest(seed.bytes, seed.path));
  const { tree, frontMatter } = stage('parse', () => parseSeed(text, seed.kind, seed.path));
  const settings: S = { ...buildSettings, cleanup: cleanupSettings, ...buildSettings.seedOverrides?.(frontMatter, seed.path) };
  const report = new VFile({ path: seed.path, value: text, data: { frontMatter, seedKind: seed.kind } });
  for (const note of notes) report.info(note.reason, { ruleId: note.ruleId, source: 'ebook-pipeline', ...(note.line ? { place: { line: note.line, column: 1 } } : {}) });
  cleanupSettings = settings.cleanup ?? cleanupSettings;
  const cleanup = unified();
  const { settle } = buildSettings;
  for (const entry of transformsFor(cleanupSettings, frontMatter)) {
    cleanup.use(entry.plugin, entry.options?.({ settings: cleanupSettings, seedPath: seed.path }) as never);
    if (settle) cleanup.use(() => () => settle());
  }
  // unified's types lose the tree type across a plugin list; every transform takes and gives a Root.
  const cleaned = (await stage('transforms', () => cleanup.run(tree, report))) as Root;
  const metadata = describeBook(cleaned, report, seed.slug, settings.language);
  return { book: { metadata, tree: cleaned }, report, settings };
}

export async function buildSeed(seed: Seed, settings: BuildSettings): Promise<BuiltBook> {
  const cleaned = await cleanSeed(seed, settings.cleanup, settings);
  return { book: cleaned.book, report: cleaned.report, outputs: await renderBook(cleaned.book, cleaned.settings, cleaned.report) };
}

/** Renders a cleaned book (one seed, or a collection of them); `report` hears of glyphs no font has. */
export async function renderBook(book: Book, settings: BuildSettings, report?: VFile): Promise<BuiltBook['outputs']> {
  const stage = settings.stage ?? runDirectly;
  const formats = settings.formats ?? allFormats;
  const outputs: BuiltBook['outputs'] = {};
  // The book's own date when it has one, so the outputs depend on the seed and not on the day of the build.
  const stamp = bookTimestamp(book.metadata) ?? settings.buildDate;
  const settle = settings.settle ?? (() => {});
  if (formats.includes('markdown')) {
    outputs.markdown = stage('markdown', () => renderMarkdown(book));
    settle();
  }
  // One after the other: both are CPU-bound on this thread, and the worker pool runs other seeds meanwhile.
  if (formats.includes('epub')) {
    outputs.epub = await stage('epub', () => renderEpub(book, { modified: stamp }));
    settle();
  }
  if (formats.includes('pdf')) {
    // Loaded when a PDF is asked for: pdfkit and fontkit take some 300 ms of CPU to load in each
    // worker, which an EPUB-only build would pay for nothing.
    const { renderPdf } = await import('./render/pdf.ts');
    const pdfOptions = { created: stamp, ...(report ? { report } : {}), ...(settings.pageSize ? { pageSize: settings.pageSize } : {}) };
    outputs.pdf = await stage('pdf', () => renderPdf(book, pdfOptions));
    settle();
  }
  return outputs;
}
