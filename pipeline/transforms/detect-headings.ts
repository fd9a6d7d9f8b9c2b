// detect-headings: in plain text, a stand-alone line that acts as a section heading ("II.",
// "CHAPTER ONE", "Part Two: The Road", an all-caps line, a series of title-case lines each over a
// real section) becomes a heading. Only clear signals count: a short last sentence, a line of
// dialogue or a site's "Leave a Reply" stays a paragraph.
import type { Heading, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isPlainText, linesOf, paragraphOf, type SourceLine } from '../text/source-lines.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Depth of the headings made. Default: `2` (the title is the one depth-1 heading). */
  depth?: 2 | 3 | 4 | 5 | 6;
  /** Longest line, in characters, that may become a heading. Default: `80`. */
  maximumLength?: number;
  /** Words of text a title-case line must head before the next one to count as a section heading. Default: `60`. */
  minimumSectionWords?: number;
}

const emptyOptions: Options = {};
const ruleId = 'detect-headings';

const number = String.raw`(?:\d{1,3}|[ivxlcdm]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)`;
// "Chapter 3", "PART TWO: The Road", "Book IV. The Sea": a section word, its number, maybe a title.
const sectionLine = new RegExp(String.raw`^(?:chapter|part|book|section|act|scene|canto|letter|volume)\s+${number}(?:\s*[.:—–-]\s*\S.*|\.)?$`, 'i');
// A section word and its number with no title after it ("CHAPTER I.", "Part Two"), or a number alone.
const bareSectionLine = new RegExp(String.raw`^(?:chapter|part|book|section|act|scene|canto|letter|volume)\s+${number}\.?$`, 'i');
const namedSection = /^(?:prologue|epilogue|preface|foreword|afterword|introduction|interlude|postscript|coda|acknowledge?ments|appendix(?:\s+[A-Z0-9]{1,3})?)\.?$/i;
// Roman numerals ("II.", "XIV") and bare section numbers ("3.", "12"); a lone letter only I, V or X.
const sectionNumber = /^(?:(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[IVX]|\d{1,3})\.?$/;

/** A line whose own words say it is a section heading. */
export function isSectionLine(line: string): boolean {
  return sectionNumber.test(line) || sectionLine.test(line) || namedSection.test(line);
}

/** A short line in capitals with no sentence punctuation at its end or quotation marks around it. */
export function isCapitalsLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const words = line.split(/\s+/);
  return letters.length >= 3 && letters.every((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase())
    && words.length <= 10 && /^[\p{Lu}\d]/u.test(line) && !/[.,;:!?"“”'’)\]]$/u.test(line);
}

const smallWords = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'into', 'up', 'off', 'out', 'over']);

/** A short line in title case ("The Road Home"): every word capitalised but small ones, no end punctuation. */
export function isTitleCaseLine(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= 8 && /^\p{Lu}/u.test(line) && !/[.,;:!?"“”'’)\]]$/u.test(line)
    && words.every((word) => /^[\p{Lu}\d]/u.test(word) || smallWords.has(word));
}

const detectHeadings: Plugin<[Options?], Root> = function (options) {
  const { depth = 2, maximumLength = 80, minimumSectionWords = 60 } = options ?? emptyOptions;
  return function (tree, file) {
    if (!isPlainText(file)) return;
    const titled = titledSections(tree, maximumLength, minimumSectionWords);
    const made = new Set<RootContent>();
    tree.children = tree.children.flatMap((node): RootContent[] => {
      const lines = node.type === 'paragraph' ? linesOf(node) : undefined;
      const first = lines?.[0]?.text.trim();
      if (!lines || !first || first.length > maximumLength) return [node];
      const section = isSectionLine(first);
      // A capitals or title-case line must stand alone; a section line may sit on top of its first paragraph.
      if (!section && !(lines.length === 1 && (isCapitalsLine(first) || titled.has(node)))) return [node];
      const heading = headingOf(lines[0]!, first, depth);
      made.add(heading);
      reportChange(file, { ruleId, reason: 'Made a section heading of a stand-alone line', node: heading, actual: first, expected: `${'#'.repeat(depth)} ${first}` });
      return lines.length === 1 ? [heading] : [heading, paragraphOf(lines.slice(1))];
    });
    joinNumbersToTitles(tree, made, file);
  };
};

/**
 * "CHAPTER I." over "THE STORM": one chapter's heading set on two lines, and one entry in a book's
 * contents, not two. Only headings this rule made are joined, and only a bare number to a title.
 */
function joinNumbersToTitles(tree: Root, made: ReadonlySet<RootContent>, file: VFile): void {
  for (let index = tree.children.length - 2; index >= 0; index--) {
    const [number, title] = [tree.children[index]!, tree.children[index + 1]!];
    if (!made.has(number) || !made.has(title) || number.type !== 'heading' || title.type !== 'heading') continue;
    const [numberText, titleText] = [toString(number).trim(), toString(title).trim()];
    if (!(bareSectionLine.test(numberText) || sectionNumber.test(numberText)) || isSectionLine(titleText)) continue;
    const joined = `${numberText}${/[.:]$/.test(numberText) ? ' ' : ': '}${titleText}`;
    const position = number.position && title.position ? { position: { start: number.position.start, end: title.position.end } } : {};
    const heading: Heading = { type: 'heading', depth: number.depth, children: [{ type: 'text', value: joined, ...position }], ...position };
    reportChange(file, { ruleId, reason: 'Joined a section number and its title into one heading', node: heading, actual: `${numberText} / ${titleText}`, expected: joined });
    tree.children.splice(index, 2, heading);
  }
}

/**
 * Stand-alone title-case lines that head sections: only when there are two or more, and each one
 * heads real text (two paragraphs and `minimumWords` words before the next). So "Leave a Reply"
 * over one sentence of a site's trailer, or a lone short line, stays a paragraph.
 */
function titledSections(tree: Root, maximumLength: number, minimumWords: number): Set<RootContent> {
  const candidates: number[] = [];
  tree.children.forEach((node, index) => {
    const lines = node.type === 'paragraph' ? linesOf(node) : undefined;
    const text = lines?.length === 1 ? lines[0]!.text.trim() : undefined;
    if (index > 0 && text && text.length <= maximumLength && isTitleCaseLine(text)) candidates.push(index);
  });
  const sections = candidates.filter((index, at) => {
    const body = tree.children.slice(index + 1, candidates[at + 1] ?? tree.children.length);
    const paragraphs = body.filter((node) => node.type === 'paragraph');
    const words = paragraphs.reduce((count, node) => count + toString(node).split(/\s+/).filter(Boolean).length, 0);
    return paragraphs.length >= 2 && words >= minimumWords;
  });
  return new Set(sections.length >= 2 ? sections.map((index) => tree.children[index]!) : []);
}

function headingOf(line: SourceLine, text: string, depth: Heading['depth']): Heading {
  const position = line.position ? { position: line.position } : {};
  return { type: 'heading', depth, children: [{ type: 'text', value: text, ...position }], ...position };
}

export default detectHeadings;
