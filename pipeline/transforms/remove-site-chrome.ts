// remove-site-chrome: the frame a scrape copies around an article. At the top: a run of navigation
// lines (skip links, menus, breadcrumbs) before the headline goes, and the headline becomes the
// title; under the headline, buttons (share rows, "5 min read", "Follow", counts) go, the byline
// stays for extract-byline. At the end: the comments section (comment-section.ts), then a widget
// label ("Related Posts", "Share this:", "Comments (3)", "Written by …") with the short items after
// it goes as one block, with footers around it.
// A cookie notice counts as navigation at the top and as a footer at the end.
// Inside the article only a whole block of furniture goes: buttons ("Share this:" and its networks,
// "Like Reply"), a disclosure, a call to sign up, a teaser ("Read more: …"); a slot marker
// ("Advertisement") only on a page that shows other chrome or repeats it. At the end, furniture
// without a label goes too when it stands among chrome: an author box ("Jane Doe is a reporter …",
// or any sentence about the byline's author), a tag list, a wire's credits. It reads raw lines, so
// it runs on plain text before the structure rules; a page saved as Markdown is read block by block
// (see page-lines.ts), and a block goes only as a whole.
import type { Heading, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isPlainText, paragraphOf, spanOf, type SourceLine } from '../text/source-lines.ts';
import { markdownLines, plainTextLines } from '../text/page-lines.ts';
import { authorBoxName, isCall, isCallDetail, isCreditTrailer, isDisclosure, isSentenceChrome, isSlotMarker, isTagItem, isTeaser } from '../text/chrome-sentences.ts';
import { commentSectionStart } from '../text/comment-section.ts';
import { readDateline } from '../text/dateline.ts';
import { isMasthead } from '../text/masthead.ts';
import {
  isBioLabel, isBreadcrumb, isButtonBlock, isConsentNotice, isButtonLine, isFooterLine, isHeadlineLine, isNetworkLine, isProseLine, isShareLabel, isShortItem, isWeakButton,
  isWidgetLabel, navigationStrength,
} from '../text/site-chrome.ts';
import { reportChange } from './report-change.ts';
import '../file-data.ts';

export interface Options {
  /** How many lines at either edge of the page are looked at. Default: `60`. */
  edgeLines?: number;
  /** Longest item, in words, of a widget's list (a related headline). Default: `12`. */
  maxItemWords?: number;
  /** Longest author biography, in words, after an author label. Default: `60`. */
  maxBioWords?: number;
}

const ruleId = 'remove-site-chrome';
const emptyOptions: Options = {};
// Navigation is told from a title by numbers: one strong line (a breadcrumb, a button) or this many
// short lines. Two short lines could be a title and a subtitle ("Letters" / "Share of the blame").
const weakLinesForNavigation = 3;
// Under the headline, a short line (a name, "Thread starter x") is page furniture only on a page
// already shown to be framed by navigation; a standfirst is longer or a sentence.
const maxHeaderItemWords = 6;

/** One raw line at an edge of the page, with the top-level block it belongs to. */
interface EdgeLine extends SourceLine {
  block: number;
  /** Why the line goes, as the report says it. */
  removed?: string;
}

/** The page being cleaned, and how its blocks are read as lines. */
interface Page {
  tree: Root;
  file: VFile;
  markdown: boolean;
  /** Names from "By …" lines at the top: an author box about one of them is the site's, not the text. */
  authors: ReadonlySet<string>;
}

const removeSiteChrome: Plugin<[Options?], Root> = function (options) {
  const { edgeLines = 60, maxItemWords = 12, maxBioWords = 60 } = options ?? emptyOptions;
  return function (tree, file) {
    const markdown = file.data.seedKind === 'markdown';
    if (!isPlainText(file) && !markdown) return;
    const page: Page = { tree, file, markdown, authors: new Set() };
    page.authors = bylineNames(page);
    const reported = file.messages.length;
    // The comments come last on the page: taken first, the widgets and footers above them end it.
    removeComments(page, commentLines);
    removeTail(page, { edgeLines, maxItemWords, maxBioWords });
    removeTop(page, edgeLines);
    // A page whose edges were chrome is a scrape: its lone "Advertisement" is a marker too.
    removeInteriorBlocks(page, file.messages.length > reported);
  };
};

function linesOfBlock(page: Page, node: RootContent, first: boolean): SourceLine[] | undefined {
  return page.markdown ? markdownLines(node) : plainTextLines(node, first);
}

function removeTop(page: Page, edgeLines: number): void {
  const { tree, file } = page;
  const lines = openingLines(page, edgeLines);
  let headline = lines.findIndex((line) => navigationStrength(line.text) === 'none');
  if (headline === -1) headline = lines.length;
  headline = headlineAfterMenus(lines, headline);
  const navigation = lines.slice(0, headline);
  // The site's name as the page's first line ("The Riverside Gazette") is the source; under a title
  // it is the title's masthead, which remove-boilerplate takes.
  const masthead = navigation[0] && isMasthead(navigation[0].text, { beforeTrailers: false }) ? navigation[0] : undefined;
  const strong = masthead !== undefined || navigation.some((line) => navigationStrength(line.text) === 'strong');
  const menuEntries = navigation.filter((line) => navigationStrength(line.text) === 'weak').length;
  // A Markdown page may open with its own list of contents: only strong evidence frames it.
  const hasNavigation = navigation.length > 0 && (strong || (!page.markdown && menuEntries >= weakLinesForNavigation));
  const found = lines[headline];
  // In Markdown the headline is a heading of the page's own.
  const headlineBlock = found && (!page.markdown || tree.children[found.block]?.type === 'heading');
  // Without a headline after it, a run of short lines may be the article's own title and list.
  if (hasNavigation && found && headlineBlock && isHeadlineLine(found.text)) {
    for (const line of navigation) line.removed = 'Removed navigation before the headline';
    if (masthead) takeMasthead(file, masthead);
    const date = navigation.map((line) => readDateline(line.text)).find(Boolean);
    if (date) (file.data.foundMetadata ??= {}).date ??= date;
  } else headline = 0;
  markHeader(lines.slice(headline + 1), hasNavigation && headline > 0);
  rebuild(page, lines, headline > 0 && !page.markdown ? found : undefined);
}

/**
 * A blog prints its name and tagline, then its menu, then the post's headline: a line that reads
 * like a headline is the site's tagline when a menu follows it (three menu entries, or a
 * breadcrumb) and another headline follows the menu. A headline with a subtitle and
 * share buttons under it has no menu between them, and stays.
 */
function headlineAfterMenus(lines: readonly EdgeLine[], first: number): number {
  let headline = first;
  for (;;) {
    const next = lines.findIndex((line, index) => index > headline && navigationStrength(line.text) === 'none');
    if (next === -1 || !isHeadlineLine(lines[next]!.text)) return headline;
    const between = lines.slice(headline + 1, next).map((line) => line.text.trim());
    // Network names under a share label are weak lines too, but no menu.
    const entries = between.filter((text) => navigationStrength(text) === 'weak' && !isNetworkLine(text)).length;
    const menu = entries >= weakLinesForNavigation || between.some((text) => isBreadcrumb(text));
    if (!menu) return headline;
    headline = next;
  }
}

function takeMasthead(file: VFile, line: EdgeLine): void {
  const source = line.text.trim();
  (file.data.foundMetadata ??= {}).source ??= source;
  line.removed = `Moved the masthead "${source}" out of the text into the source metadata`;
}

/** Lines from the top of the page to the first line of the article's text. */
function openingLines(page: Page, limit: number): EdgeLine[] {
  const { tree } = page;
  const lines: EdgeLine[] = [];
  for (let block = 0; block < tree.children.length && lines.length < limit; block++) {
    const own = linesOfBlock(page, tree.children[block]!, block === 0);
    if (!own) break;
    for (const line of own) {
      if (isProseLine(line.text) && !isHeadlineLine(line.text) && !isConsentNotice(line.text)) return lines;
      if (line.text.trim() !== '') lines.push({ ...line, block });
    }
  }
  return lines;
}

// Under the headline: buttons and share rows go; bylines and datelines stay for extract-byline.
function markHeader(lines: readonly EdgeLine[], framed: boolean): void {
  let inWidget = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (/^by\s/i.test(text) || readDateline(text)) inWidget = false;
    // An essay may open on what cookie notices say: only a page framed by navigation has one of its own.
    else if (framed && isConsentNotice(text)) line.removed = 'Removed a cookie notice under the headline';
    else if (isWidgetLabel(text)) [line.removed, inWidget] = ['Removed a widget under the headline', true];
    // Network names, a bare count or a separator alone may be the article's own words; they go after a share label or on a framed page.
    else if (isButtonLine(text) && (framed || inWidget || !isWeakButton(text))) line.removed = 'Removed buttons under the headline';
    else if (inWidget && isShortItem(text, maxHeaderItemWords)) line.removed = 'Removed a widget under the headline';
    else if (framed && isShortItem(text, maxHeaderItemWords)) line.removed = 'Removed page furniture under the headline';
    else inWidget = false;
  }
}

// Lines from the end searched for a comments section: a long discussion runs to hundreds of lines.
const commentLines = 400;

function removeComments(page: Page, limit: number): void {
  const lines = closingLines(page, limit);
  const start = commentSectionStart(lines.map((line) => line.text));
  if (start === undefined) return;
  for (const line of lines.slice(start)) line.removed = 'Removed the comments section (readers’ comments and the reply form)';
  rebuild(page, lines, undefined);
}

interface TailOptions {
  edgeLines: number;
  maxItemWords: number;
  maxBioWords: number;
}

function removeTail(page: Page, options: TailOptions): void {
  const { file } = page;
  const lines = closingLines(page, options.edgeLines);
  // Each line is read at most once, and only when a possible tail reaches it: most lines are the
  // article's text, which the cheap test of a tail's first line turns away.
  const readings: (TailLine | undefined)[] = [];
  const read = (index: number): TailLine | undefined => (index < lines.length ? (readings[index] ??= readTailLine(lines[index]!.text.trim(), options)) : undefined);
  const opens: (boolean | undefined)[] = [];
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    opens[index] ??= opensTail(lines[index]!.text.trim());
    if (opens[index] && isChromeTail(index, lines.length, read, page.authors, options.maxBioWords)) start = index;
  }
  if (start === lines.length) return;
  for (const line of lines.slice(start)) line.removed = 'Removed widgets and footers at the end of the page';
  // As remove-boilerplate does: the site's name printed just before its trailers is the source.
  const masthead = lines[start - 1];
  if (masthead && isMasthead(masthead.text, { beforeTrailers: true })) takeMasthead(file, masthead);
  rebuild(page, lines, undefined);
}

/** The last lines of the page, across blocks; isChromeTail decides how many of them are chrome. */
function closingLines(page: Page, limit: number): EdgeLine[] {
  const { tree } = page;
  const lines: EdgeLine[] = [];
  for (let block = tree.children.length - 1; block > 0 && lines.length < limit; block--) {
    const own = linesOfBlock(page, tree.children[block]!, false);
    if (!own) break;
    lines.unshift(...own.filter((line) => line.text.trim() !== '').map((line) => ({ ...line, block })));
  }
  return lines;
}

/** What one line near the end of the page could be. */
interface TailLine {
  words: number;
  label: boolean;
  bioLabel: boolean;
  /** A button or a footer line: chrome wherever it stands in the tail. */
  chrome: boolean;
  /** Evidence that the tail is the site's: a label, a button, a furniture sentence, a wire credit. */
  framing: boolean;
  author: string | undefined;
  call: boolean;
  callDetail: boolean;
  item: boolean;
  tag: boolean;
}

// A tail starts with a label, a button, a footer or an author box; a long line is none of them.
function opensTail(line: string): boolean {
  return line.length <= maxInteriorBlockLength && (isWidgetLabel(line) || isButtonLine(line) || isFooterLine(line) || authorBoxName(line) !== undefined);
}

const nothing: TailLine = { words: Infinity, label: false, bioLabel: false, chrome: false, framing: false, author: undefined, call: false, callDetail: false, item: false, tag: false };

function readTailLine(line: string, options: TailOptions): TailLine {
  if (line.length > maxInteriorBlockLength) return nothing;
  const label = isWidgetLabel(line);
  const button = isButtonLine(line);
  // Network names alone ("X", "Facebook Reddit"), a bare count or a separator may be the text's own last words.
  const weak = button && isWeakButton(line);
  return {
    words: line.split(/\s+/).length,
    label,
    bioLabel: label && isBioLabel(line),
    chrome: button || isFooterLine(line),
    framing: label || (button && !weak) || isSentenceChrome(line) || isCreditTrailer(line),
    author: authorBoxName(line),
    call: isCall(line),
    callDetail: isCallDetail(line),
    item: isShortItem(line, options.maxItemWords),
    tag: isTagItem(line),
  };
}

// A tail is chrome when it starts with a label, a button, a footer or an author box, holds at least
// one widget label, button or furniture sentence (plain footers alone are remove-boilerplate's), and
// every line is chrome or an item of the widget above it: one sentence of the article's own stops it.
// Unlabelled furniture counts only among chrome: an author box (or any, about the byline's author),
// and a tag list (two or more tags in a row, after another chrome line).
function isChromeTail(start: number, end: number, read: (index: number) => TailLine | undefined, authors: ReadonlySet<string>, maxBioWords: number): boolean {
  const first = read(start);
  if (first === undefined) return false;
  let framed: boolean | undefined;
  const isFramed = (): boolean => (framed ??= Array.from({ length: end - start }, (_, offset) => read(start + offset)!).some((line) => line.framing));
  const isAuthorBox = (line: TailLine): boolean => line.author !== undefined && (authors.has(line.author) || isFramed());
  if (!(first.label || first.chrome || isAuthorBox(first))) return false;
  if (!isFramed() && !isAuthorBox(first)) return false;
  let inWidget = false;
  // Words an author box may still hold: its biography is short, the article's text is not.
  let bioWords = 0;
  for (let index = start; index < end; index++) {
    const line = read(index)!;
    const previous = index > start ? read(index - 1) : undefined;
    if (line.label) [inWidget, bioWords] = [true, line.bioLabel ? maxBioWords : bioWords];
    else if (line.chrome || isAuthorBox(line)) continue;
    else if (previous?.call && line.callDetail) continue;
    else if (line.words <= bioWords) bioWords -= line.words;
    else if (inWidget && line.item) continue;
    else if (previous !== undefined && line.tag && (previous.tag || read(index + 1)?.tag)) continue;
    else return false;
  }
  return true;
}

/** Names from the "By …" lines among the first blocks (split at "and", commas and separators). */
function bylineNames(page: Page): Set<string> {
  const names = new Set<string>();
  for (const line of openingLines(page, 12)) {
    const found = /^by:?\s+(.+)$/i.exec(line.text.trim());
    for (const part of found?.[1]?.split(/\s*(?:[|·•,;]|\s(?:and|&)\s|\s[-–—]\s)\s*/) ?? []) if (part) names.add(part.trim());
  }
  return names;
}

// A block of furniture is a few short lines; longer blocks are not split into lines at all (a 20 MB seed).
const maxInteriorBlockLength = 600;

// Inside the article a block goes only when every line of it is furniture: a row of buttons, or
// sentences a site prints (disclosures, calls to sign up, teasers); a block of slot markers only
// with evidence (chrome at the edges, a furniture sentence, or markers repeated).
function removeInteriorBlocks(page: Page, framed: boolean): void {
  const { tree } = page;
  const found: { block: number; lines: EdgeLine[]; markersOnly: boolean }[] = [];
  for (let block = tree.children.length - 1; block > 0; block--) {
    const node = tree.children[block]!;
    if (node.type !== 'paragraph' || toString(node).length > maxInteriorBlockLength) continue;
    const lines = linesOfBlock(page, node, false)?.filter((line) => line.text.trim() !== '');
    const texts = lines?.map((line) => line.text.trim()) ?? [];
    if (!lines || texts.length === 0) continue;
    // Most blocks are the article's text: their first line settles it, and nothing more is read.
    if (interiorReason(texts[0]!) === undefined && !isShareLabel(texts[0]!) && !isButtonLine(texts[0]!)) continue;
    if (isButtonBlock(texts)) {
      found.push({ block, lines: lines.map((line) => ({ ...line, block, removed: 'Removed a row of buttons inside the article' })), markersOnly: false });
      continue;
    }
    const reasons = texts.map(interiorReason);
    // The lines under a call that say more about the offer go with it.
    reasons.forEach((reason, index) => {
      if (reason === undefined && index > 0 && reasons[index - 1] === callReason && isCallDetail(texts[index]!)) reasons[index] = callReason;
    });
    if (reasons.some((reason) => reason === undefined)) continue;
    const markersOnly = texts.every((text) => isSlotMarker(text) || isButtonLine(text));
    found.push({ block, lines: lines.map((line, index) => ({ ...line, block, removed: reasons[index]! })), markersOnly });
  }
  const markers = found.filter((entry) => entry.markersOnly).length;
  const evidence = framed || markers >= 2 || found.some((entry) => !entry.markersOnly);
  // Blocks are found from the end, so rebuilding one leaves the indexes of the next ones as they were.
  for (const entry of found) if (evidence || !entry.markersOnly) rebuild(page, entry.lines, undefined);
}

const callReason = 'Removed a call to sign up (newsletter, alerts, app)';

/** Why a line inside the article goes, when it is furniture; undefined for the article's own text. */
function interiorReason(text: string): string | undefined {
  // The longest furniture is a disclosure (80 words); a longer line is the article's.
  if (text.length > maxInteriorBlockLength) return undefined;
  if (isDisclosure(text)) return 'Removed a disclosure (affiliate or sponsorship note)';
  if (isCall(text)) return callReason;
  if (isTeaser(text)) return 'Removed a teaser for another article';
  if (isSlotMarker(text)) return 'Removed an advert or "continue reading" marker';
  if (isShareLabel(text) || (isButtonLine(text) && !isNetworkLine(text))) return 'Removed a row of buttons inside the article';
  return undefined;
}

// Puts the blocks back without the removed lines (each run reported once). Every line before the
// headline was navigation and went, so the headline's new heading ends up first.
function rebuild(page: Page, lines: readonly EdgeLine[], headline: EdgeLine | undefined): void {
  const { tree, file } = page;
  const blocks = [...new Set(lines.map((line) => line.block))].sort((a, b) => b - a);
  for (const block of blocks) {
    const node = tree.children[block]!;
    const own = linesOfBlock(page, node, block === 0) ?? [];
    const marks = new Map(lines.filter((line) => line.block === block).map((line) => [offsetOf(line), line]));
    // A Markdown block goes as a whole or stays as it is.
    if (page.markdown && own.some((line) => !marks.get(offsetOf(line))?.removed)) continue;
    const kept: SourceLine[] = [];
    const replacement: RootContent[] = [];
    let run: EdgeLine[] = [];
    const flushRun = () => {
      if (run.length === 0) return;
      const position = spanOf(run);
      reportChange(file, { ruleId, reason: run[0]!.removed!, node: { type: 'text', ...(position ? { position } : {}) }, actual: run.map((line) => line.text.trim()).join(' / '), expected: '' });
      run = [];
    };
    for (const line of own) {
      const mark = marks.get(offsetOf(line));
      if (mark?.removed) {
        if (run.length > 0 && run[0]!.removed !== mark.removed) flushRun();
        run.push(mark);
        continue;
      }
      flushRun();
      if (mark && mark === headline) {
        replacement.push(titleHeading(file, line, toString(tree.children[0]!)));
        continue;
      }
      kept.push(line);
    }
    flushRun();
    const rest: RootContent[] = kept.length === 0 ? [] : node.type === 'heading' ? [node] : [paragraphOf(kept)];
    if (kept.length === own.length && replacement.length === 0) continue;
    tree.children.splice(block, 1, ...replacement, ...rest);
  }
}

function titleHeading(file: VFile, line: SourceLine, replaced: string): Heading {
  const text = line.text.trim();
  const heading: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: text, ...(line.position ? { position: line.position } : {}) }], ...(line.position ? { position: line.position } : {}) };
  reportChange(file, { ruleId, reason: 'Took the headline under the navigation as the title', node: heading, actual: replaced.trim(), expected: text });
  return heading;
}

function offsetOf(line: SourceLine): string {
  return line.position ? `${line.position.start.line}:${line.position.start.column}` : line.text;
}

export default removeSiteChrome;
