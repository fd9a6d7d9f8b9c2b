// extract-byline: a byline ("By Ana Ruiz", "Words by A and B", "Posted on 2 June 2025 by Ana Ruiz")
// and a dateline ("March 3, 2024") just under the title are metadata (author, date), not body text.
// The lines moved are reported.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { linesOf, paragraphOf, type SourceLine } from '../text/source-lines.ts';
import { readDateline } from '../text/dateline.ts';
import { isJobTitle } from '../text/chrome-sentences.ts';
import { isButtonLine, isWidgetLabel } from '../text/site-chrome.ts';
import { reportChange } from './report-change.ts';
import '../file-data.ts';

export interface Options {
  /** How many blocks after the title may hold the byline and dateline. Default: `3`. */
  blocks?: number;
}

const emptyOptions: Options = {};
const ruleId = 'extract-byline';
// Only short blocks near the top can be a byline block; a longer one is already the text.
const maximumLines = 3;
const maximumNameWords = 8;

const byline = /^(?:(?:words|written|posted|story|text|reporting|photographs|words and pictures)\s+)?by:?\s+(.+)$/i;
// A date after the name may carry a label ("Updated February 4, 2026", "Published: 2 June").
const dateLabel = /^(?:(?:last )?updated|published|posted|first published)(?: on)?\s*:?\s*/i;
// Blog themes put the date first: "Posted on 2 June 2025 by Tom Barrow".
const datedByline = /^(?:posted|published|written)(?:\s+on)?\s+(.+?)\s+by:?\s+(.+)$/i;
const partSeparator = /\s+[|·•—–-]\s+|\s*[|·•]\s*/;
// Lower-case words that may sit inside a name ("Ana de la Cruz", "A and B").
const nameParticles = new Set(['and', '&', 'de', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'dos', 'y', 'bin', 'al', 'ibn']);
const notNames = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|this|that)$/i;

interface Found {
  author?: string;
  date?: string;
}

const extractByline: Plugin<[Options?], Root> = function (options) {
  const blocks = (options ?? emptyOptions).blocks ?? 3;
  return function (tree, file) {
    const start = tree.children[0]?.type === 'heading' ? 1 : 0;
    for (let index = start; index < Math.min(tree.children.length, start + blocks); index++) {
      const node = tree.children[index]!;
      const lines = node.type === 'paragraph' ? linesOf(node) : undefined;
      if (!lines || lines.length > maximumLines) break;
      const kept: SourceLine[] = [];
      for (const line of lines) {
        const found = readLine(line.text.trim());
        if (!found) {
          kept.push(line);
          continue;
        }
        const metadata = (file.data.foundMetadata ??= {});
        const moved = [found.author && `author: ${found.author}`, found.date && `date: ${found.date}`].filter(Boolean).join(', ');
        if (found.author) metadata.author ??= found.author;
        if (found.date) metadata.date ??= found.date;
        reportChange(file, { ruleId, reason: `Moved a ${found.author ? 'byline' : 'dateline'} to the metadata (${moved})`, node: { type: 'text', ...(line.position ? { position: line.position } : {}) }, actual: line.text.trim(), expected: '' });
      }
      if (kept.length === lines.length) continue;
      if (kept.length === 0) tree.children.splice(index--, 1);
      else tree.children.splice(index, 1, paragraphOf(kept));
    }
  };
};

/** A byline, a dateline, or a byline with a date after a separator; otherwise undefined. */
function readLine(line: string): Found | undefined {
  const date = readDateline(line) ?? datesOnly(line);
  if (date) return { date };
  const dated = datedByline.exec(line);
  if (dated) {
    const [day, named] = [readDateline(dated[1]!), namesAndParts(dated[2]!)];
    if (day && named?.author) return { author: named.author, date: day };
  }
  const match = byline.exec(line);
  if (!match) return undefined;
  // A forum or blog signs a post with the poster's handle ("Posted by hillclimber88 · 3 replies").
  return namesAndParts(match[1]!) ?? (/^posted\s+by/i.test(line) ? namesAndParts(match[1]!, readHandle) : undefined);
}

// One word of letters, digits, dots, dashes or underscores: a user name, not a sentence.
function readHandle(text: string): string | undefined {
  const handle = text.trim();
  return /^[\p{L}\p{N}._-]{3,30}$/u.test(handle) ? handle : undefined;
}

/** "Published: 14 November 2024 | Updated: 15 November 2024": labelled dates only; the first is the date. */
function datesOnly(line: string): string | undefined {
  const dates = line.split(partSeparator).map(labelledDate);
  return dates.length > 1 && dates.every(Boolean) ? dates[0] : undefined;
}

/** The date of "Updated: 15 November 2024", "Published 2 June" or a bare date. */
function labelledDate(part: string): string | undefined {
  return readDateline(part.replace(dateLabel, ''));
}

/** The names after "by", and the parts after a separator: a date, a job title or furniture. */
function namesAndParts(text: string, read: (names: string) => string | undefined = readNames): Found | undefined {
  const [written, ...rest] = text.split(partSeparator);
  // "Priya Anand, Transport Correspondent": a job title after a comma is no second name.
  const titled = /^(.+?),\s*([^,]+)$/.exec(written!);
  const names = titled && isJobTitle(titled[2]!) ? titled[1]! : written!;
  const author = read(names);
  if (!author) return undefined;
  // Every other part is a date, the author's job title or the page's furniture ("6 min read",
  // "5 comments"), which goes with the line.
  const furniture = (part: string) => isButtonLine(part) || isWidgetLabel(part) || isJobTitle(part);
  const dates = rest.map(labelledDate);
  if (!rest.every((part, index) => dates[index] || furniture(part))) return undefined;
  const date = dates.find(Boolean);
  return date ? { author, date } : { author };
}

// "Ana Ruiz", "A. B. Cole and Tom Webb", "Ana de la Cruz": capitalised words and name particles.
function readNames(text: string): string | undefined {
  const names = text.trim().replace(/[,;.]$/, '');
  const words = names.split(/\s+|,\s*/).filter(Boolean);
  if (words.length === 0 || words.length > maximumNameWords) return undefined;
  const isName = (word: string) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !notNames.test(word);
  if (!isName(words[0]!) || !words.every((word) => isName(word) || nameParticles.has(word))) return undefined;
  return names;
}

export default extractByline;
