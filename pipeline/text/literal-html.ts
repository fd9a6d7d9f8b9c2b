// HTML that a plain-text seed keeps as the literal text its author wrote: code (script and style
// elements), comments and the escapes of markup characters. Scrape formatting (<b>, <br>, &nbsp;)
// is another matter: strip-html cleans that. The rules that rewrite characters leave these alone.
import { decodeHTML } from 'entities';
import type { Range } from './quotations.ts';

// One scan, left to right, so that a comment inside a script (or a script inside a comment) is one
// range. A lone <script> or </style> tag is code too: without its partner it is still not formatting.
const literalCode = /<!--[\s\S]*?-->|<(script|style)\b[^<>]*>[\s\S]*?<\/\1\s*>|<\/?(?:script|style)\b[^<>]*>/gi;

/** Half-open ranges of `text` holding script or style elements, lone script/style tags, or comments. */
export function literalCodeRanges(text: string): Range[] {
  return [...text.matchAll(literalCode)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** What a literal code range is, in words for the report: "a `<script>` element", "a comment". */
export function describeLiteralCode(code: string): string {
  if (code.startsWith('<!--')) return 'a comment';
  const name = /^<\/?([a-z]+)/i.exec(code)?.[1]?.toLowerCase() ?? 'script';
  // In backticks: the report is Markdown, where a bare <script> would be read as HTML.
  if (code.startsWith('</')) return `a lone \`</${name}>\` tag`;
  return /<\/[a-z]+\s*>$/i.test(code) ? `a \`<${name}>\` element` : `a lone \`<${name}>\` tag`;
}

/** Whether an entity such as `&amp;` or `&#60;` stands for a markup character (& < > " '): an escape, kept as written. */
export function isMarkupEscape(entity: string): boolean {
  return /^[&<>"']$/.test(decodeHTML(entity));
}

/** The pieces of `text` in order, each marked as literal code or not, covering all of it. */
export function splitAtLiteralCode(text: string): Array<{ text: string; code: boolean }> {
  const pieces: Array<{ text: string; code: boolean }> = [];
  let at = 0;
  for (const [start, end] of literalCodeRanges(text)) {
    if (start > at) pieces.push({ text: text.slice(at, start), code: false });
    pieces.push({ text: text.slice(start, end), code: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), code: false });
  return pieces;
}
