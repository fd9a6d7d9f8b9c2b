// PDF renderer: a title page, contents, and the body set in justified, hyphenated lines on A5
// (or A4/Letter), tagged for screen readers, with bookmarks and XMP metadata. The parts live in
// render/pdf/: fonts and fallback, hyphenation, line breaking, pagination, body, furniture.
import PDFDocument from 'pdfkit';
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Book } from '../book.ts';
import { allFaces, fontOf } from './pdf/fonts.ts';
import { hyphenatorFor } from './pdf/hyphenate.ts';
import { setBody, type BodyContext } from './pdf/body.ts';
import { documentInfo, useOwnXmp } from './pdf/document-info.ts';
import { frameOf, planContents, runningFurniture, setContents, setOutline, setTitlePage } from './pdf/furniture.ts';
import { writeOutPage } from './pdf/write-out-page.ts';
import { PdfOutput } from './pdf/read-output.ts';
import { gatherPageContent } from './pdf/page-content.ts';
import { Pager } from './pdf/pager.ts';
import { styleFor, type PageSize } from './pdf/style.ts';
import { toString } from 'mdast-util-to-string';

export type { PageSize } from './pdf/style.ts';
export { pageSizes } from './pdf/style.ts';

export interface PdfOptions {
  /** Creation date written to the document info and XMP; fixed so rebuilds are byte-identical. */
  created: Date;
  /** Paper size; default `A5`. */
  pageSize?: PageSize;
  /** Receives a warning for characters no shipped font can show. */
  report?: VFile;
}

export async function renderPdf(book: Book, options: PdfOptions): Promise<Uint8Array> {
  const { metadata } = book;
  const style = styleFor(options.pageSize ?? 'A5');
  const doc = new PDFDocument({
    size: [style.page.width, style.page.height],
    margins: style.page.margins,
    bufferPages: true,
    autoFirstPage: false,
    tagged: true,
    lang: metadata.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: documentInfo(metadata, options.created),
  });
  useOwnXmp(doc, metadata, options.created);
  // pdfkit takes a parsed fontkit font as well as a file (its types only say the latter).
  for (const face of allFaces) doc.registerFont(face, fontOf(face) as unknown as Buffer);
  // Viewers open the bookmarks panel; pdfkit has no option for the catalog's PageMode.
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines';
  const output = new PdfOutput(doc);
  gatherPageContent(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const frame = frameOf(style);
  doc.addPage();
  const context: BodyContext = { doc, style, pager: new Pager(doc, frame.top, frame.bottom), hyphenate: hyphenatorFor(metadata.language), headings: [], missing: new Set() };
  setTitlePage(context, metadata, root);

  // The title is on the title page; the body starts with what follows it.
  const [first, ...rest] = book.tree.children;
  // A collection has a depth-1 heading per member (pipeline/collection.ts): each is a chapter, none is dropped.
  const chapterHeadings = book.tree.children.filter((node) => node.type === 'heading' && node.depth === 1).length;
  const body: RootContent[] = first?.type === 'heading' && first.depth === 1 && chapterHeadings <= 1 ? rest : book.tree.children;
  const headings = body.filter((node) => node.type === 'heading').map((node) => ({ text: toString(node).trim(), depth: node.depth }));
  let contents: { plan: ReturnType<typeof planContents>; firstPage: number; struct: ReturnType<typeof doc.struct> } | undefined;
  if (headings.length > 0) {
    const plan = planContents(context, headings);
    const struct = doc.struct('TOC');
    root.add(struct);
    contents = { plan, firstPage: 1, struct };
    for (let page = 0; page < plan.pages; page += 1) doc.addPage();
  }

  doc.addPage();
  // Each body page is finished (header and number) and written out as soon as the next one begins,
  // so a long book never holds more than one body page in memory.
  const furniture = runningFurniture(context, metadata.title);
  let page = doc.bufferedPageRange().count - 1;
  const nextPage = (): void => {
    furniture(page);
    writeOutPage(doc);
    output.take();
    page += 1;
    doc.addPage();
  };
  context.pager = new Pager(doc, frame.top, frame.bottom, { nextPage });
  setBody(context, body, { x: frame.left, width: frame.width, parent: root, nested: false });
  context.pager.finish();
  furniture(page);
  if (contents) {
    setContents(context, contents.plan.entries, context.headings, contents.firstPage, contents.struct);
    for (let index = contents.firstPage; index < contents.firstPage + contents.plan.pages; index += 1) {
      doc.switchToPage(index);
      furniture(index);
    }
  }
  setOutline(doc, metadata.title, contents?.firstPage, context.headings, style.page.width);
  root.end();
  if (options.report && context.missing.size > 0) {
    const characters = [...context.missing].join(' ');
    options.report.message(`No shipped font has ${characters}: the PDF shows a replacement mark (the text layer keeps the characters)`, {
      ruleId: 'pdf-missing-glyph',
      source: 'render-pdf',
    });
  }
  return output.finish();
}
