// PDF renderer: pdfkit lays out the cleaned tree with embedded fonts, a title and page numbers.
import PDFDocument from 'pdfkit';
import type { BlockContent, DefinitionContent, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Book } from '../book.ts';
import { pdfFonts, type PdfFontName } from './pdf-fonts.ts';

export interface PdfOptions {
  /** Creation date written to the document info; fixed so rebuilds are byte-identical. */
  created: Date;
}

const bodySize = 10.5;
const lineGap = 2.5;

type Doc = PDFKit.PDFDocument;

export async function renderPdf(book: Book, options: PdfOptions): Promise<Uint8Array> {
  const { metadata } = book;
  const doc = new PDFDocument({
    size: 'A5',
    margins: { top: 56, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    autoFirstPage: true,
    lang: metadata.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: metadata.title,
      ...(metadata.author ? { Author: metadata.author } : {}),
      ...(metadata.source ? { Subject: metadata.source } : {}),
      ...(metadata.keywords ? { Keywords: metadata.keywords.join(', ') } : {}),
      Creator: 'ebook-pipeline',
      Producer: 'ebook-pipeline (PDFKit)',
      CreationDate: options.created,
      ModDate: options.created,
    },
  });
  for (const [name, path] of Object.entries(pdfFonts)) doc.registerFont(name, path);
  const bytes = collect(doc);

  doc.font('body').fontSize(bodySize);
  for (const node of book.tree.children) renderBlock(doc, node, 0);
  numberPages(doc);
  doc.end();
  return bytes;
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

function renderBlock(doc: Doc, node: RootContent | BlockContent | DefinitionContent, indent: number): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - indent;
  const x = doc.page.margins.left + indent;
  switch (node.type) {
    case 'heading': {
      const size = node.depth === 1 ? 18 : node.depth === 2 ? 14 : 12;
      doc.moveDown(node.depth === 1 ? 0 : 0.8);
      doc.font('bold').fontSize(size).text(toString(node), x, undefined, { width, align: node.depth === 1 ? 'center' : 'left' });
      doc.moveDown(node.depth === 1 ? 1.2 : 0.4);
      doc.font('body').fontSize(bodySize);
      return;
    }
    case 'paragraph':
      writeInline(doc, node.children, { x, width, align: 'justify' }, 'body');
      doc.moveDown(0.5);
      return;
    case 'blockquote':
      for (const child of node.children) renderBlock(doc, child, indent + 18);
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
        doc.font('body').fontSize(bodySize).text(marker, x, undefined, { width: 14, continued: false, lineGap });
        doc.moveUp();
        for (const child of item.children) renderBlock(doc, child, indent + 16);
      });
      return;
    case 'thematicBreak':
      doc.moveDown(0.3).font('body').fontSize(bodySize).text('*   *   *', x, undefined, { width, align: 'center' });
      doc.moveDown(0.8);
      return;
    case 'caption': {
      const credit = node.credit ? [{ type: 'text' as const, value: ` Credit: ${node.credit}` }] : [];
      writeInline(doc, [...node.children, ...credit], { x: x + 12, width: width - 24, align: 'left' }, 'italic');
      doc.moveDown(0.6);
      return;
    }
    case 'code':
      doc.font('mono').fontSize(bodySize * 0.85).text(node.value, x, undefined, { width, lineGap: 1 });
      doc.font('body').fontSize(bodySize).moveDown(0.5);
      return;
    default: {
      const text = toString(node);
      if (text) doc.font('body').fontSize(bodySize).text(text, x, undefined, { width, lineGap }).moveDown(0.5);
    }
  }
}

interface Placement {
  x: number;
  width: number;
  align: 'left' | 'justify' | 'center';
}

interface Run {
  text: string;
  font: PdfFontName;
}

function writeInline(doc: Doc, nodes: PhrasingContent[], placement: Placement, font: PdfFontName): void {
  const runs = mergeRuns(flattenRuns(nodes, font).filter((run) => run.text !== ''));
  if (runs.length === 0) return;
  doc.fontSize(bodySize);
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1;
    const textOptions = { width: placement.width, align: placement.align, lineGap, continued };
    doc.font(run.font);
    if (index === 0) doc.text(run.text, placement.x, undefined, textOptions);
    else doc.text(run.text, textOptions);
  });
  doc.font('body');
}

// pdfkit drops a line break that is a continued run of its own; joined to its neighbours it breaks the line.
function mergeRuns(runs: Run[]): Run[] {
  return runs.reduce<Run[]>((merged, run) => {
    const last = merged[merged.length - 1];
    if (last && last.font === run.font) last.text += run.text;
    else merged.push({ ...run });
    return merged;
  }, []);
}

function flattenRuns(nodes: PhrasingContent[], font: PdfFontName): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        // A line end inside text is a soft break (CommonMark): a space, not a new line.
        return [{ text: node.value.replace(/[ \t]*\n[ \t]*/g, ' '), font }];
      case 'emphasis':
        return flattenRuns(node.children, font === 'bold' ? 'boldItalic' : 'italic');
      case 'strong':
        return flattenRuns(node.children, font === 'italic' ? 'boldItalic' : 'bold');
      case 'inlineCode':
        return [{ text: node.value, font: 'mono' }];
      case 'break':
        return [{ text: '\n', font }];
      default:
        return [{ text: toString(node), font }];
    }
  });
}

// Page numbers are drawn after layout, on every page but the first (the title opens page one).
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start + 1; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.font('body').fontSize(8.5).text(String(index + 1), margins.left, doc.page.height - bottom / 2 - 4, {
      width: doc.page.width - margins.left - margins.right,
      align: 'center',
      lineBreak: false,
    });
    margins.bottom = bottom;
  }
}

