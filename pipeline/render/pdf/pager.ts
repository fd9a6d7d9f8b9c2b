// Places laid-out blocks on pages: keeps headings with what follows, avoids single lines of a
// paragraph at the foot or head of a page, never ends a page on a hyphen where it can help it,
// and tags every chunk of text it draws for the structure tree.
import type PDFDocument from 'pdfkit';
import { shareLayoutCache, widthOf } from './fonts.ts';
import type { Line, LineSegment } from './paragraph.ts';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

export interface Block {
  lines: Line[];
  size: number;
  leading: number;
  /** Left edge of the lines, in points from the page's left edge. */
  x: number;
  width: number;
  spaceBefore: number;
  spaceAfter: number;
  color?: string;
  /** Structure type of the marked content (P, H2, Caption…) and the element it belongs to. */
  tag: string;
  /** Absent only when measuring (a dry run draws nothing). */
  struct?: StructElement;
  /** Headings: start a new page rather than stand alone at the foot of one. */
  keepWithNext?: boolean;
  /** A thin rule beside the lines (block quotes) or above them (captions), as an artifact. */
  rule?: { side: 'left' | 'above'; width: number; offset: number };
  /** Told where the block's first line landed (headings record it for the outline and contents). */
  onPlaced?: (page: number, y: number) => void;
}

export interface PagerOptions {
  /** Index of the page to start on; the current page by default. */
  firstPage?: number;
  /** Measure only: count pages without drawing (to reserve room for the contents). */
  dryRun?: boolean;
  /** Moves to the next page; adds one by default. */
  nextPage?: () => void;
}

/** Lines kept together at a page's head and foot where the paragraph is long enough. */
const minLinesAtBreak = 2;

export class Pager {
  private y: number;
  private pending: Block[] = [];
  private pageIsEmpty = true;
  private page: number;
  /** Pages started after the first one. */
  pagesAdded = 0;

  constructor(
    private readonly doc: Doc,
    private readonly top: number,
    private readonly bottom: number,
    private readonly options: PagerOptions = {},
  ) {
    this.y = top;
    this.page = options.firstPage ?? doc.bufferedPageRange().count - 1;
  }

  place(block: Block): void {
    if (block.keepWithNext) {
      this.pending.push(block);
      return;
    }
    if (this.pending.length > 0) this.flushPending(block);
    this.placeNow(block);
  }

  /** Places headings still waiting for a following block. */
  finish(): void {
    if (this.pending.length > 0) this.flushPending(undefined);
  }

  /** Extra space after a group of blocks (a list); none at the top of a page. */
  addSpace(points: number): void {
    if (!this.pageIsEmpty) this.y += points;
  }

  private flushPending(next: Block | undefined): void {
    const headings = this.pending;
    this.pending = [];
    const needed =
      headings.reduce((sum, block, index) => sum + (index === 0 && this.pageIsEmpty ? 0 : block.spaceBefore) + block.lines.length * block.leading + block.spaceAfter, 0) +
      (next ? next.spaceBefore + Math.min(next.lines.length, minLinesAtBreak) * next.leading : 0);
    if (!this.pageIsEmpty && this.y + needed > this.bottom) this.newPage();
    for (const heading of headings) this.placeNow(heading);
  }

  private placeNow(block: Block): void {
    if (!this.pageIsEmpty) this.y += block.spaceBefore;
    let lines = block.lines;
    let first = true;
    while (lines.length > 0) {
      const fit = Math.floor((this.bottom - this.y + 0.01) / block.leading);
      const count = fit >= lines.length ? lines.length : this.linesBeforeBreak(lines, fit);
      if (count === 0) {
        this.newPage();
        continue;
      }
      if (first) block.onPlaced?.(this.page, this.y);
      first = false;
      this.drawLines(block, lines.slice(0, count));
      lines = lines.slice(count);
      if (lines.length > 0) this.newPage();
    }
    block.struct?.end();
    this.y += block.spaceAfter;
  }

  // How many lines to set before the page break: none (move the block) or a count that leaves
  // two or more lines on each side and no hyphen at the foot, relaxing those wishes in order.
  // A word hyphenated across pages comes back from text extraction in two halves, so keeping
  // words whole goes before the widow and orphan rules.
  private linesBeforeBreak(lines: Line[], fit: number): number {
    const whole = (count: number): boolean => !lines[count - 1]!.hyphenated;
    const noOrphan = (count: number): boolean => count >= minLinesAtBreak;
    const noWidow = (count: number): boolean => lines.length - count >= minLinesAtBreak;
    const wishes: Array<(count: number) => boolean> = [
      (count) => whole(count) && noOrphan(count) && noWidow(count),
      (count) => whole(count) && noOrphan(count),
      (count) => noOrphan(count) && noWidow(count),
    ];
    for (const wish of wishes) {
      for (let count = Math.min(fit, lines.length - 1); count >= 1; count -= 1) if (wish(count)) return count;
    }
    // A short paragraph moves whole; on an empty page (a block taller than a page) it must split.
    return this.pageIsEmpty ? Math.max(1, fit) : 0;
  }

  private drawLines(block: Block, lines: Line[]): void {
    const { doc } = this;
    const top = this.y;
    this.pageIsEmpty = false;
    if (this.options.dryRun || !block.struct) {
      this.y += lines.length * block.leading;
      return;
    }
    const struct = block.struct;
    let content = doc.markStructureContent(block.tag);
    doc.fillColor(block.color ?? 'black');
    lines.forEach((line) => {
      const baseline = this.y + (block.leading + block.size * 0.7) / 2;
      // A line that ends between words gets its space too, so tagged text keeps the word break.
      const lastLine = block.lines[block.lines.length - 1] === line;
      line.segments.forEach((segment, position) => {
        doc.font(segment.face, block.size);
        shareLayoutCache(doc as unknown as { _font?: unknown }, segment.face);
        const endsLine = position === line.segments.length - 1 && !line.hyphenated && !lastLine;
        if (segment.actual === undefined) {
          this.drawSegment(endsLine ? { ...segment, text: `${segment.text} ` } : segment, block.x + segment.x, baseline, block.size);
          return;
        }
        // Stand-in glyphs (a layout hyphen, a replacement mark) carry the real text as ActualText
        // in marked content of their own: nested inside the paragraph's, poppler loses the rest.
        doc.endMarkedContent();
        struct.add(content);
        struct.add(this.drawStandIn(segment, segment.actual, block.x + segment.x, baseline, block.size));
        content = doc.markStructureContent(block.tag);
      });
      this.y += block.leading;
    });
    doc.endMarkedContent();
    struct.add(content);
    doc.fillColor('black');
    if (block.rule) this.drawRule(block, top, this.y);
  }

  /**
   * poppler places an ActualText span's text with the transformation in force at the span's end, not
   * where its glyphs were drawn. pdfkit draws text inside a save/restore of its own that flips the
   * page back upright, so a span ended after it put the text at the mirrored height: pdftotext and
   * copy-paste tore the line apart around every stand-in. The span is opened and closed inside
   * pdfkit's save/restore, the only text drawn there.
   */
  private drawStandIn(segment: LineSegment, actual: string, x: number, baseline: number, size: number): ReturnType<Doc['markStructureContent']> {
    const doc = this.doc;
    const { save, restore } = doc;
    let span: ReturnType<Doc['markStructureContent']> | undefined;
    doc.save = () => {
      save.call(doc);
      span = doc.markStructureContent('Span', { actual });
      return doc;
    };
    doc.restore = () => {
      doc.endMarkedContent();
      return restore.call(doc);
    };
    try {
      this.drawSegment(segment, x, baseline, size);
    } finally {
      doc.save = save;
      doc.restore = restore;
    }
    if (!span) throw new Error('pdfkit drew a stand-in glyph without a save/restore of its own');
    return span;
  }

  // Spaces are drawn as real space characters, which tagged PDF asks for (reflow and screen
  // readers take word breaks from them); a justified line therefore places each word itself,
  // since pdfkit's own word spacing drops the spaces from the text.
  // pdfkit measures the text again for underlines and links unless given its width (`textWidth`,
  // `wordCount`): we draw neither, so a zero spares it the work; what it draws is the same.
  private drawSegment(segment: LineSegment, x: number, baseline: number, size: number): void {
    const options = { lineBreak: false, baseline: 'alphabetic', textWidth: 0, wordCount: 0 } as const;
    if (Math.abs(segment.wordSpacing) < 0.01 || !segment.text.includes(' ')) {
      this.doc.text(segment.text, x, baseline, options);
      return;
    }
    const space = widthOf(segment.face, ' ', size) + segment.wordSpacing;
    const words = segment.text.split(' ');
    words.forEach((word, index) => {
      const last = index === words.length - 1;
      if (last && word === '') return;
      this.doc.text(last ? word : `${word} `, x, baseline, options);
      x += widthOf(segment.face, word, size) + space;
    });
  }

  private drawRule(block: Block, top: number, bottom: number): void {
    const { doc } = this;
    const rule = block.rule!;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.save().lineWidth(rule.width).strokeColor('#777777');
    if (rule.side === 'left') doc.moveTo(block.x - rule.offset, top + 2).lineTo(block.x - rule.offset, bottom - 2);
    else doc.moveTo(block.x, top - rule.offset).lineTo(block.x + Math.min(block.width, 36), top - rule.offset);
    doc.stroke().restore();
    doc.endMarkedContent();
  }

  private newPage(): void {
    if (this.options.nextPage) this.options.nextPage();
    else if (!this.options.dryRun) this.doc.addPage();
    this.page += 1;
    this.pagesAdded += 1;
    this.y = this.top;
    this.pageIsEmpty = true;
  }
}
