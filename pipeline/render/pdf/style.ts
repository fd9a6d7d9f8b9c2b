// The PDF's look, read from templates/pdf/style.json: page sizes, margins, faces and spacing.
import { loadTemplate } from '../../templates.ts';
import type { Variant } from './fonts.ts';

export type PageSize = 'A5' | 'A4' | 'Letter';
export const pageSizes: readonly PageSize[] = ['A5', 'A4', 'Letter'];

export interface TextStyle {
  /** Font size in points. */
  size: number;
  /** Distance between baselines in points. */
  leading: number;
  variant: Variant;
  align: 'justify' | 'left' | 'center';
  /** Indent of a paragraph's first line when it follows another paragraph. */
  firstIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Indent on both sides, in points. */
  indent?: number;
  /** Width of a rule drawn beside (quotes) or above (captions) the block; 0 for none. */
  rule?: number;
  color?: string;
  prefix?: string;
}

interface PageStyle {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Text sizes grow with the page so that lines keep a readable length. */
  scale: number;
}

export interface PdfStyle {
  pageSizes: Record<PageSize, PageStyle>;
  body: TextStyle;
  headings: TextStyle[];
  quote: TextStyle;
  caption: TextStyle;
  credit: { variant: Variant; prefix: string };
  code: TextStyle;
  list: { indent: number; itemGap: number; bullet: string; spaceBefore: number; spaceAfter: number };
  break: { text: string; size: number; spaceBefore: number; spaceAfter: number };
  runningHeader: { size: number; variant: Variant; color: string; offset: number };
  folio: { size: number; variant: Variant; color: string; offset: number };
  titlePage: { top: number; title: TextStyle; byline: TextStyle; source: TextStyle; date: TextStyle };
  contents: { title: string; heading: TextStyle; entry: TextStyle; subIndent: number; numberWidth: number };
}

/** The style for one page size: every length in points, already scaled for that page. */
export interface ResolvedStyle extends Omit<PdfStyle, 'pageSizes'> {
  page: PageStyle;
}

const lengthKeys = new Set(['size', 'leading', 'firstIndent', 'spaceBefore', 'spaceAfter', 'indent', 'itemGap', 'offset', 'subIndent', 'numberWidth']);

export function styleFor(pageSize: PageSize): ResolvedStyle {
  // Our own template, checked by the tests that render it; a cast is enough here.
  const style = JSON.parse(loadTemplate('pdf/style.json')) as PdfStyle;
  const page = style.pageSizes[pageSize];
  const { pageSizes: _unused, ...rest } = scaleLengths(style, page.scale) as PdfStyle;
  return { ...rest, page };
}

function scaleLengths(value: unknown, scale: number): unknown {
  if (Array.isArray(value)) return value.map((item) => scaleLengths(item, scale));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, typeof item === 'number' && lengthKeys.has(key) ? item * scale : key === 'pageSizes' ? item : scaleLengths(item, scale)]),
  );
}
