// The body of the book: each block of the cleaned tree becomes tagged, broken lines on the pager.
import type PDFDocument from 'pdfkit';
import type { BlockContent, DefinitionContent, Heading, List, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { missingCharacters, splitByFace, widthOf, type Variant } from './fonts.ts';
import { placeBidirectionally } from './bidi.ts';
import type { Hyphenator } from './hyphenate.ts';
import type { Pager } from './pager.ts';
import { breakParagraph, hardBreak, type Line, type Measure, type StyledText } from './paragraph.ts';
import type { ResolvedStyle, TextStyle } from './style.ts';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

/** A heading as placed: for the outline and the table of contents. */
export interface PlacedHeading {
  text: string;
  depth: number;
  page: number;
  y: number;
}

export interface BodyContext {
  doc: Doc;
  style: ResolvedStyle;
  pager: Pager;
  hyphenate: Hyphenator;
  /** Every heading placed, in order. */
  headings: PlacedHeading[];
  /** Characters no face could show (set as a replacement mark, kept in the text layer). */
  missing: Set<string>;
}

interface Frame {
  x: number;
  width: number;
  parent: StructElement;
  /** Nested blocks (in quotes and lists) are placed at once, never held back with a heading. */
  nested: boolean;
}

type Node = RootContent | BlockContent | DefinitionContent;

export function setBody(context: BodyContext, nodes: Node[], frame: Frame): void {
  let previous: Node | undefined;
  for (const node of nodes) {
    setBlock(context, node, frame, previous?.type === 'paragraph');
    previous = node;
  }
}

/** Lays out text in a style at a width: the one place that measures and breaks lines. */
export function layOut(context: BodyContext, runs: StyledText[], style: TextStyle, width: number, indented = false): Line[] {
  for (const run of runs) for (const character of missingCharacters(run.text, run.variant)) context.missing.add(character);
  const measure = measureAt(style.size);
  const lines = breakParagraph(runs, {
    width,
    align: style.align,
    firstIndent: indented ? (style.firstIndent ?? 0) : 0,
    hyphenate: style.align === 'justify' ? context.hyphenate : noHyphenation,
    measure,
  });
  // Broken in logical order, drawn in visual order: right-to-left pieces placed by the bidi algorithm.
  return placeBidirectionally(lines, runs, width, measure);
}

// The same functions for every paragraph, so that breakParagraph finds its cache of words again.
const noHyphenation: Hyphenator = (word) => [word];
const measures = new Map<number, Measure>();

function measureAt(size: number): Measure {
  let measure = measures.get(size);
  if (!measure) measures.set(size, (measure = (face, text) => widthOf(face, text, size)));
  return measure;
}

function setBlock(context: BodyContext, node: Node, frame: Frame, afterParagraph: boolean): void {
  const { style } = context;
  switch (node.type) {
    case 'heading':
      setHeading(context, node, frame);
      return;
    case 'paragraph':
      setText(context, phrasingRuns(node.children, style.body.variant), style.body, frame, 'P', afterParagraph);
      return;
    case 'caption': {
      const runs = phrasingRuns(node.children, style.caption.variant);
      if (node.credit) runs.push({ text: ` ${style.credit.prefix}${node.credit}`, variant: style.credit.variant });
      setText(context, runs, style.caption, frame, 'Caption', false);
      return;
    }
    case 'blockquote': {
      const indent = style.quote.indent ?? 0;
      const struct = child(context, frame.parent, 'BlockQuote');
      const inner = { x: frame.x + indent, width: frame.width - 2 * indent, parent: struct, nested: true };
      let previous: Node | undefined;
      node.children.forEach((quoted, index) => {
        if (quoted.type === 'paragraph') {
          const spacing = { ...style.quote, spaceBefore: index === 0 ? (style.quote.spaceBefore ?? 0) : 0, spaceAfter: index === node.children.length - 1 ? (style.quote.spaceAfter ?? 0) : 0 };
          setText(context, phrasingRuns(quoted.children, style.quote.variant), spacing, inner, 'P', previous?.type === 'paragraph');
        } else setBlock(context, quoted, inner, false);
        previous = quoted;
      });
      struct.end();
      return;
    }
    case 'list':
      setList(context, node, frame);
      return;
    case 'thematicBreak': {
      const mark = style.break;
      const runs = [{ text: mark.text, variant: 'regular' as Variant }];
      const breakStyle: TextStyle = { size: mark.size, leading: mark.size * 1.4, variant: 'regular', align: 'center', spaceBefore: mark.spaceBefore, spaceAfter: mark.spaceAfter };
      // A scene break is content (EPUB's <hr>): tagged as a paragraph holding the mark.
      setText(context, runs, breakStyle, frame, 'P', false);
      return;
    }
    case 'code':
      // Code keeps its lines and its indentation: spaces become no-break spaces of the same width.
      setText(context, [{ text: node.value.replace(/ /g, '\u00A0').replace(/\n/g, hardBreak), variant: 'mono' }], style.code, frame, 'P', false);
      return;
    default: {
      const text = toString(node);
      if (text.trim()) setText(context, [{ text, variant: style.body.variant }], style.body, frame, 'P', false);
    }
  }
}

interface TextExtras {
  onPlaced?: (page: number, y: number) => void;
  /** A list item's number or bullet, set in the indent before the first line. */
  label?: string;
}

function setText(context: BodyContext, runs: StyledText[], style: TextStyle, frame: Frame, tag: string, indented: boolean, extras: TextExtras = {}): void {
  const lines = layOut(context, runs, style, frame.width, indented);
  if (lines.length === 0) return;
  if (extras.label) lines[0]!.segments.unshift({ ...splitByFace(`${extras.label} `, 'regular')[0]!, x: -context.style.list.indent, wordSpacing: 0 });
  const { onPlaced } = extras;
  const struct = child(context, frame.parent, tag);
  const rule = style.rule ? { side: tag === 'Caption' ? ('above' as const) : ('left' as const), width: style.rule, offset: tag === 'Caption' ? 4 : (style.indent ?? 0) / 2 } : undefined;
  context.pager.place({
    lines,
    size: style.size,
    leading: style.leading,
    x: frame.x,
    width: frame.width,
    spaceBefore: style.spaceBefore ?? 0,
    spaceAfter: style.spaceAfter ?? 0,
    tag,
    struct,
    ...(style.color ? { color: style.color } : {}),
    ...(rule && (tag !== 'P' || frame.nested) ? { rule } : {}),
    ...(tag.startsWith('H') && !frame.nested ? { keepWithNext: true } : {}),
    ...(onPlaced ? { onPlaced } : {}),
  });
}

function setHeading(context: BodyContext, node: Heading, frame: Frame): void {
  const { headings } = context.style;
  const style = headings[Math.min(Math.max(node.depth - 2, 0), headings.length - 1)]!;
  const text = toString(node).trim();
  const onPlaced = (page: number, y: number): void => void context.headings.push({ text, depth: node.depth, page, y });
  setText(context, phrasingRuns(node.children, style.variant), style, frame, `H${node.depth}`, false, { onPlaced });
}

function setList(context: BodyContext, node: List, frame: Frame): void {
  const { list, body } = context.style;
  const struct = child(context, frame.parent, 'L');
  node.children.forEach((item, index) => {
    const itemStruct = child(context, struct, 'LI');
    const bodyStruct = child(context, itemStruct, 'LBody');
    const inner: Frame = { x: frame.x + list.indent, width: frame.width - list.indent, parent: bodyStruct, nested: true };
    const label = node.ordered ? `${(node.start ?? 1) + index}.` : list.bullet;
    item.children.forEach((part, partIndex) => {
      if (part.type !== 'paragraph') return setBlock(context, part, inner, false);
      const spacing = { ...body, align: 'left' as const, spaceBefore: index === 0 && partIndex === 0 ? list.spaceBefore : list.itemGap, spaceAfter: 0 };
      // The label hangs in the indent, on the first line of the item's first paragraph.
      setText(context, phrasingRuns(part.children, body.variant), spacing, inner, 'P', false, { ...(partIndex === 0 ? { label } : {}) });
    });
    bodyStruct.end();
    itemStruct.end();
  });
  context.pager.addSpace(list.spaceAfter);
  struct.end();
}

function child(context: BodyContext, parent: StructElement, type: string): StructElement {
  const element = context.doc.struct(type);
  parent.add(element);
  return element;
}

/** Inline nodes as runs of text in a style; emphasis inside bold becomes bold italic. */
export function phrasingRuns(nodes: PhrasingContent[], variant: Variant): StyledText[] {
  return nodes.flatMap((node): StyledText[] => {
    switch (node.type) {
      case 'text':
        // A line end inside Markdown text is a soft break: a space.
        return [{ text: node.value.replace(/\n/g, ' '), variant }];
      case 'emphasis':
        return phrasingRuns(node.children, variant === 'bold' ? 'boldItalic' : variant === 'italic' ? 'regular' : 'italic');
      case 'strong':
        return phrasingRuns(node.children, variant === 'italic' ? 'boldItalic' : 'bold');
      case 'inlineCode':
        return [{ text: node.value, variant: 'mono' }];
      case 'break':
        return [{ text: hardBreak, variant }];
      default:
        return [{ text: toString(node), variant }];
    }
  });
}
