// strip-html: the HTML formatting a scrape leaves around prose becomes text: presentational tags go
// (block tags and <br> leave a space), entities nobody types (&nbsp;, &rsquo;, &#8212;) become the
// characters they name. Code, comments and escapes are text in a plain-text seed: script and style
// elements, <!-- comments --> and &amp; &lt; &gt; &quot; &apos; stay as written, with a warning where
// they look like a web page's leftovers. In a Markdown seed only the raw HTML is cleaned, as a whole.
import type { Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { decodeHTML } from 'entities';
import { reportChange, reportWarning } from './report-change.ts';
import { dropEmptiedParagraphs } from './drop-emptied-paragraphs.ts';
import { describeLiteralCode, isMarkupEscape, literalCodeRanges, splitAtLiteralCode } from '../text/literal-html.ts';
import type { Range } from '../text/quotations.ts';
import '../file-data.ts';

export interface Options {
  /** Tag names removed as formatting; other `<…>` text is left alone. Default: common presentational HTML tags. */
  tags?: readonly string[];
}

const ruleId = 'strip-html';

// Only real HTML tag names count, so "<3", "a < b > c" or "<placeholder>" stay text. Script and style
// are not here: they are code (kept in plain text, removed whole from a Markdown seed's raw HTML).
const defaultTags = [
  'a', 'abbr', 'b', 'big', 'blockquote', 'br', 'cite', 'code', 'div', 'em', 'figcaption', 'figure', 'font',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'li', 'mark', 'ol', 'p', 'picture', 'q', 's',
  'small', 'source', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr',
  'u', 'ul', 'wbr',
];
// Tags that separate words: removing them must leave a space behind.
const spacingTags = new Set(['blockquote', 'br', 'div', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'table', 'td', 'th', 'tr', 'ul']);
const entity = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
// "&amp;nbsp;": an entity escaped a second time by a scraper; one level of escaping comes off.
const doubleEscaped = /&amp;(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
// "Q&amp;A", "AT&amp;T": an escaped ampersand inside a word is a web page's escaping, not someone writing about HTML.
// Found by the escape with a letter on each side, then widened to the word: a pattern that starts at
// the word would retry every letter of a long run (a 2 MB word took minutes).
const gluedAmpersand = /(?<=[\p{L}\p{N}])(?:&amp;|&#0*38;|&#x0*26;)(?=[\p{L}\p{N}])/giu;

const stripHtml: Plugin<[Options?], Root> = function (options) {
  const tagNames = new Set((options?.tags ?? defaultTags).map((name) => name.toLowerCase()));
  const tag = /<\/?([a-z][a-z\d]*)(?:\s[^<>]*)?\/?>/gi;
  const removeTags = (text: string) =>
    text.replace(tag, (match, name: string) => {
      const lower = name.toLowerCase();
      if (!tagNames.has(lower)) return match;
      return spacingTags.has(lower) ? ' ' : '';
    });

  return function (tree, file) {
    const markdown = file.data.seedKind === 'markdown';
    const emptied = new Set<Paragraph>();
    visit(tree, 'text', (node: Text, index, parent) => {
      const rawHtml = node.data?.rawHtml;
      if (rawHtml) delete node.data!.rawHtml;
      let value = markdown ? cleanRawHtml(node.value, rawHtml ?? [], removeTags) : cleanPlainText(node, file, removeTags);
      if (value !== node.value) {
        // The spaces left where block tags stood must not pile up or hang at the paragraph's edges.
        value = value.replace(/ {2,}/g, ' ');
        if (index === 0) value = value.trimStart();
        if (parent && index === parent.children.length - 1) value = value.trimEnd();
      }
      if (value === node.value) return;
      // "&amp;nbsp;" is a scraper's double escaping, undone one level; the report says so, as it changes an escape.
      const twice = !markdown && splitAtLiteralCode(node.value).some((piece) => !piece.code && new RegExp(doubleEscaped.source, 'i').test(piece.text));
      const reason = `Turned stray HTML tags and entities into text${twice ? ' (an entity escaped twice, such as `&amp;nbsp;`, was unescaped once)' : ''}`;
      reportChange(file, { ruleId, reason, node, actual: node.value, expected: value });
      node.value = value;
      if (value.trim() === '' && parent?.type === 'paragraph') emptied.add(parent);
    });
    // A paragraph that was only markup is gone, not left as an empty block (which would print as a blank line).
    dropEmptiedParagraphs(tree, emptied);
  };
};

/** Plain text: formatting residue is cleaned; code, comments and escapes stay, flagged where they look left over. */
function cleanPlainText(node: Text, file: VFile, removeTags: (text: string) => string): string {
  const code: string[] = [];
  const glued: string[] = [];
  const value = splitAtLiteralCode(node.value)
    .map((piece) => {
      if (piece.code) {
        code.push(describeLiteralCode(piece.text));
        return piece.text;
      }
      const text = decodeEntities(removeTags(piece.text.replace(doubleEscaped, '&$1;')), true);
      for (const match of text.matchAll(gluedAmpersand)) glued.push(wordAround(text, match.index, match.index + match[0].length));
      return text;
    })
    .join('');
  if (code.length > 0) {
    const reason = `Left ${listed(code)} as written: plain text keeps code and comments as text. If a web page left ${code.length > 1 ? 'them' : 'it'} there, delete ${code.length > 1 ? 'them' : 'it'} from the seed`;
    reportWarning(file, { ruleId, reason, node, actual: node.value });
  }
  if (glued.length > 0) {
    // In backticks: the report is Markdown, where a bare &amp; would show as &.
    const quoted = glued.map((match) => `\`${match}\``);
    const reason = `Left ${listed(quoted)} as written, though ${glued.length > 1 ? 'they look' : 'it looks'} like a web page's escaped “&”: plain text keeps escapes as text. Write “&” in the seed if that is what it says`;
    reportWarning(file, { ruleId, reason, node, actual: node.value });
  }
  return value;
}

/** The word around `text[start, end)`, at most 20 characters each way. */
function wordAround(text: string, start: number, end: number): string {
  const before = /[\p{L}\p{N}]{1,20}$/u.exec(text.slice(Math.max(0, start - 20), start))?.[0] ?? '';
  const after = /^[\p{L}\p{N}]{1,20}/u.exec(text.slice(end, end + 20))?.[0] ?? '';
  return before + text.slice(start, end) + after;
}

function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** Markdown: only what was raw HTML is cleaned (the parser already decoded the rest), all of it as formatting. */
function cleanRawHtml(value: string, rawHtml: readonly Range[], removeTags: (text: string) => string): string {
  if (rawHtml.length === 0) return value;
  const within = (ranges: readonly Range[], offset: number) => ranges.some(([start, end]) => offset >= start && offset < end);
  // A code element whose tags were both raw HTML goes with its content, even when the content was text between them.
  const removed = literalCodeRanges(value).filter(([start, end]) => within(rawHtml, start) && within(rawHtml, end - 1));
  const cuts = [...new Set([0, value.length, ...rawHtml.flat(), ...removed.flat()])].sort((x, y) => x - y);
  let result = '';
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const [start, end] = [cuts[index]!, cuts[index + 1]!];
    if (within(removed, start)) continue;
    const piece = value.slice(start, end);
    result += within(rawHtml, start) ? decodeEntities(removeTags(piece), false) : piece;
  }
  return result;
}

/** Entities become their characters; a no-break space becomes a plain one. `keepEscapes`: leave &amp; &lt; … as written. */
function decodeEntities(text: string, keepEscapes: boolean): string {
  return text.replace(entity, (match) => {
    if (keepEscapes && isMarkupEscape(match)) return match;
    const decoded = decodeHTML(match);
    // A no-break space entity in scraped text is layout, not a deliberate non-breaking space.
    return decoded === '\u00a0' ? ' ' : decoded;
  });
}

export default stripHtml;
