// The book's furniture: title page, table of contents, running header, page numbers, outline.
import type PDFDocument from 'pdfkit';
import type { BookMetadata } from '../../book.ts';
import { splitByFace, widthOf as faceWidth, type Variant } from './fonts.ts';
import { layOut, type BodyContext, type PlacedHeading } from './body.ts';
import { Pager } from './pager.ts';
import type { Line } from './paragraph.ts';
import type { ResolvedStyle, TextStyle } from './style.ts';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

export function frameOf(style: ResolvedStyle): { left: number; width: number; top: number; bottom: number } {
  const { width, height, margins } = style.page;
  return { left: margins.left, width: width - margins.left - margins.right, top: margins.top, bottom: height - margins.bottom };
}

/** Page one: title, rule, byline, source and date, set centred a little above the middle. */
export function setTitlePage(context: BodyContext, metadata: BookMetadata, root: StructElement): void {
  const { doc, style } = context;
  const frame = frameOf(style);
  const page = style.titlePage;
  const pager = new Pager(doc, style.page.height * page.top, frame.bottom);
  const place = (text: string, textStyle: TextStyle, tag: string): void => {
    const struct = doc.struct(tag);
    root.add(struct);
    const lines = layOut(context, [{ text, variant: textStyle.variant }], textStyle, frame.width);
    pager.place({ lines, size: textStyle.size, leading: textStyle.leading, x: frame.left, width: frame.width, spaceBefore: textStyle.spaceBefore ?? 0, spaceAfter: textStyle.spaceAfter ?? 0, tag, struct });
  };
  place(metadata.title, { ...page.title, spaceAfter: page.title.leading }, 'H1');
  if (metadata.author) place(`${page.byline.prefix ?? ''}${metadata.author}`, { ...page.byline, spaceBefore: page.byline.leading }, 'P');
  if (metadata.source) place(metadata.source, { ...page.source, spaceBefore: page.source.leading * 0.5 }, 'P');
  if (metadata.date) place(formatDate(metadata.date, metadata.language), page.date, 'P');
}

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

// An ISO date is written out in the book's language ("14 March 2024"); anything else as given.
// Formatters are kept: making one costs more than setting a page.
function formatDate(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (!dateFormats.has(language)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      // An unknown language tag: the date stays as written.
    }
    dateFormats.set(language, format);
  }
  return dateFormats.get(language)?.format(new Date(`${date}T00:00:00Z`)) ?? date;
}

interface ContentsEntry {
  heading: PlacedHeading | { text: string; depth: number };
  lines: Line[];
}

/** Lays out the contents entries (page numbers are not known yet) and counts the pages they need. */
export function planContents(context: BodyContext, headings: Array<{ text: string; depth: number }>): { entries: ContentsEntry[]; pages: number } {
  const { style } = context;
  const frame = frameOf(style);
  const contents = style.contents;
  const minDepth = Math.min(...headings.map((heading) => heading.depth));
  const entries = headings.map((heading) => {
    const indent = (heading.depth - minDepth) * contents.subIndent;
    return { heading, lines: layOut(context, [{ text: heading.text, variant: contents.entry.variant }], contents.entry, frame.width - indent - contents.numberWidth) };
  });
  const pager = new Pager(context.doc, frame.top, frame.bottom, { dryRun: true, firstPage: 0 });
  placeContents(context, pager, entries, undefined, () => '');
  return { entries, pages: pager.pagesAdded + 1 };
}

/** Sets the contents on the pages reserved for them, now that every heading has its page. */
export function setContents(context: BodyContext, entries: ContentsEntry[], placed: PlacedHeading[], firstPage: number, struct: StructElement): void {
  const frame = frameOf(context.style);
  let page = firstPage;
  context.doc.switchToPage(page);
  const pager = new Pager(context.doc, frame.top, frame.bottom, { firstPage, nextPage: () => context.doc.switchToPage((page += 1)) });
  placeContents(context, pager, entries, struct, (index) => String((placed[index]?.page ?? 0) + 1));
}

function placeContents(context: BodyContext, pager: Pager, entries: ContentsEntry[], toc: StructElement | undefined, pageLabel: (index: number) => string): void {
  const { doc, style } = context;
  const frame = frameOf(style);
  const { contents } = style;
  const struct = (type: string): StructElement | undefined => {
    if (!toc) return undefined;
    const element = doc.struct(type);
    toc.add(element);
    return element;
  };
  const title = contents.heading;
  const titleStruct = struct('H2');
  pager.place({ lines: layOut(context, [{ text: contents.title, variant: title.variant }], title, frame.width), size: title.size, leading: title.leading, x: frame.left, width: frame.width, spaceBefore: 0, spaceAfter: title.spaceAfter ?? 0, tag: 'H2', ...(titleStruct ? { struct: titleStruct } : {}) });
  const minDepth = Math.min(...entries.map((entry) => entry.heading.depth));
  entries.forEach((entry, index) => {
    const indent = (entry.heading.depth - minDepth) * contents.subIndent;
    const label = pageLabel(index);
    const lines = entry.lines.map((line) => ({ ...line, segments: [...line.segments] }));
    const last = lines[lines.length - 1];
    if (last && label) {
      const piece = splitByFace(label, contents.entry.variant)[0]!;
      // A space before the number keeps entry and number apart in the text layer.
      const before = last.segments[last.segments.length - 1];
      if (before && before.actual === undefined) last.segments[last.segments.length - 1] = { ...before, text: `${before.text} ` };
      last.segments.push({ ...piece, x: frame.width - indent - faceWidth(piece.face, label, contents.entry.size), wordSpacing: 0 });
    }
    const entryStruct = struct('TOCI');
    pager.place({ lines, size: contents.entry.size, leading: contents.entry.leading, x: frame.left + indent, width: frame.width - indent, spaceBefore: contents.entry.spaceBefore ?? 0, spaceAfter: 0, tag: 'TOCI', ...(entryStruct ? { struct: entryStruct } : {}) });
  });
  toc?.end();
}

/** Draws the running header (the title) and the page number on a page, as artifacts. */
export type RunningFurniture = (pageIndex: number) => void;

/** Running header and page number for every page but the title page; call it with the page to draw on as the current page. */
export function runningFurniture(context: BodyContext, title: string): RunningFurniture {
  const { doc, style } = context;
  const frame = frameOf(style);
  const { runningHeader, folio } = style;
  const header = fitText(doc, title, runningHeader.variant, runningHeader.size, frame.width);
  return (index) => {
    doc.markContent('Artifact', { type: 'Pagination' });
    drawCentred(doc, header, runningHeader.variant, runningHeader.size, runningHeader.color, frame, frame.top - runningHeader.offset);
    drawCentred(doc, String(index + 1), folio.variant, folio.size, folio.color, frame, frame.bottom + folio.offset);
    doc.endMarkedContent();
  };
}

function widthOf(doc: Doc, text: string, variant: Variant, size: number): number {
  return splitByFace(text, variant).reduce((sum, piece) => sum + faceWidth(piece.face, piece.text, size), 0);
}

// A title too long for the header is cut at a word and ended with an ellipsis.
function fitText(doc: Doc, text: string, variant: Variant, size: number, width: number): string {
  if (widthOf(doc, text, variant, size) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1 && widthOf(doc, `${words.join(' ')}…`, variant, size) > width) words.pop();
  return `${words.join(' ')}…`;
}

function drawCentred(doc: Doc, text: string, variant: Variant, size: number, color: string, frame: { left: number; width: number }, baseline: number): void {
  let x = frame.left + (frame.width - widthOf(doc, text, variant, size)) / 2;
  doc.fillColor(color);
  for (const piece of splitByFace(text, variant)) {
    doc.font(piece.face, size).text(piece.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    x += doc.widthOfString(piece.text);
  }
  doc.fillColor('black');
}

// pdfkit 0.20 takes the destination's page and position; @types/pdfkit only knows `expanded`.
interface OutlineOptions {
  pageNumber: number;
  /** Measured by pdfkit from the right edge: the page width puts the view at x = 0. */
  left: number;
  top: number;
  expanded?: boolean;
}
interface Outline {
  addItem(title: string, options: OutlineOptions): Outline;
}

/** Bookmarks: the title, the contents, then the headings nested by depth. */
export function setOutline(doc: Doc, title: string, contentsPage: number | undefined, headings: PlacedHeading[], pageWidth: number): void {
  const outline = doc.outline as unknown as Outline;
  outline.addItem(title, { pageNumber: 0, left: pageWidth, top: 0 });
  if (contentsPage !== undefined) outline.addItem('Contents', { pageNumber: contentsPage, left: pageWidth, top: 0 });
  const stack: Array<{ depth: number; item: Outline }> = [];
  for (const heading of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1]?.item ?? outline;
    const item = parent.addItem(heading.text, { pageNumber: heading.page, left: pageWidth, top: Math.max(0, heading.y - 6), expanded: true });
    stack.push({ depth: heading.depth, item });
  }
}
