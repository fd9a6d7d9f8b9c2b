// A book's description when none is given: its opening sentences, cut at a sentence boundary.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface DescribeOpeningOptions {
  /** Stop adding sentences once the description reaches this many characters. Default: 200. */
  targetLength?: number;
  /** Never return more than this many characters; a longer first sentence is cut at a word. Default: 400. */
  maxLength?: number;
}

const emptyOptions: DescribeOpeningOptions = {};

/** The first sentences of the first paragraphs (headings and captions are not prose), or undefined. */
export function describeOpening(tree: Root, language: string, options: DescribeOpeningOptions = emptyOptions): string | undefined {
  const targetLength = options.targetLength ?? 200;
  const maxLength = options.maxLength ?? 400;
  const prose = tree.children
    .filter((node) => node.type === 'paragraph')
    .map(linesAtBreaks)
    .filter((lines) => !isListOfShortLines(lines))
    .slice(0, 3)
    .map((lines) => lines.join(' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  if (prose === '') return undefined;
  // Intl.Segmenter knows sentence ends in the book's language (abbreviations, closing quotes).
  const segmenter = new Intl.Segmenter(safeLocale(language), { granularity: 'sentence' });
  let description = '';
  for (const { segment } of segmenter.segment(prose)) {
    if (description.length > 0 && description.length + segment.length > maxLength) break;
    description += segment;
    if (description.length >= targetLength) break;
  }
  description = description.trim();
  if (description.length <= maxLength) return description;
  return `${description.slice(0, maxLength).replace(/\s+\S*$/, '')}…`;
}

/** A paragraph's lines: its hard line breaks part them, where toString would glue them together. */
function linesAtBreaks(paragraph: Paragraph): string[] {
  const lines = [''];
  for (const child of paragraph.children) {
    if (child.type === 'break') lines.push('');
    else lines[lines.length - 1] += toString(child);
  }
  return lines;
}

// A contents list or an address kept as lines ("I. The Storm", "II. The Wreck"): no prose to describe
// a book by. Short sentences on lines of their own ("Share the work. / Comments welcome.") are prose.
function isListOfShortLines(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => line.trim().split(/\s+/).length <= 6 && !/[.!?…]["”’)]?$/.test(line.trim()));
}

function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
