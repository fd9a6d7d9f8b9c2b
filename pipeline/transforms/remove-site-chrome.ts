// remove-site-chrome: the frame a scrape copies around an article. At the top: a run of navigation
// lines (skip links, menus, breadcrumbs) before the headline goes, and the headline becomes the
// title; under the headline, buttons (share rows, "5 min read", "Follow", counts) go, the byline
// stays for extract-byline. At the end: a widget label ("Related Posts", "Share this:", "Comments
// (3)", "Written by …") with the short items after it goes as one block, with footers around it.
// A cookie notice counts as navigation at the top and as a footer at the end.
// Inside the article only a whole block of buttons goes ("Share this:" and its networks, "Like
// Reply"), where every line is one. It reads raw lines, so it runs on plain text before the
// structure rules.
import type { Heading, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isPlainText, linesOf, paragraphOf, spanOf, type SourceLine } from '../text/source-lines.ts';
import { readDateline } from '../text/dateline.ts';
import { isMasthead } from '../text/masthead.ts';
import {
  isBioLabel, isButtonBlock, isConsentNotice, isButtonLine, isFooterLine, isHeadlineLine, isNetworkLine, isProseLine, isShortItem, isWidgetLabel, navigationStrength,
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
const maxEdgeBlockLength = 20_000;

/** One raw line at an edge of the page, with the top-level block it belongs to. */
interface EdgeLine extends SourceLine {
  block: number;
  /** Why the line goes, as the report says it. */
  removed?: string;
}

const removeSiteChrome: Plugin<[Options?], Root> = function (options) {
  const { edgeLines = 60, maxItemWords = 12, maxBioWords = 60 } = options ?? emptyOptions;
  return function (tree, file) {
    if (!isPlainText(file)) return;
    removeTail(tree, file, { edgeLines, maxItemWords, maxBioWords });
    removeTop(tree, file, edgeLines);
    removeButtonBlocks(tree, file);
  };
};

function removeTop(tree: Root, file: VFile, edgeLines: number): void {
  const lines = openingLines(tree, edgeLines);
  let headline = lines.findIndex((line) => navigationStrength(line.text) === 'none');
  if (headline === -1) headline = lines.length;
  const navigation = lines.slice(0, headline);
  // The site's name as the page's first line ("The Riverside Gazette") is the source; under a title
  // it is the title's masthead, which remove-boilerplate takes.
  const masthead = navigation[0] && isMasthead(navigation[0].text, { beforeTrailers: false }) ? navigation[0] : undefined;
  const strong = masthead !== undefined || navigation.some((line) => navigationStrength(line.text) === 'strong');
  const menuEntries = navigation.filter((line) => navigationStrength(line.text) === 'weak').length;
  const hasNavigation = navigation.length > 0 && (strong || menuEntries >= weakLinesForNavigation);
  const found = lines[headline];
  // Without a headline after it, a run of short lines may be the article's own title and list.
  if (hasNavigation && found && isHeadlineLine(found.text)) {
    for (const line of navigation) line.removed = 'Removed navigation before the headline';
    if (masthead) takeMasthead(file, masthead);
    const date = navigation.map((line) => readDateline(line.text)).find(Boolean);
    if (date) (file.data.foundMetadata ??= {}).date ??= date;
  } else headline = 0;
  markHeader(lines.slice(headline + 1), hasNavigation && headline > 0);
  rebuild(tree, file, lines, headline > 0 ? found : undefined);
}

function takeMasthead(file: VFile, line: EdgeLine): void {
  const source = line.text.trim();
  (file.data.foundMetadata ??= {}).source ??= source;
  line.removed = `Moved the masthead "${source}" out of the text into the source metadata`;
}

/** Lines from the top of the page to the first line of the article's text. */
function openingLines(tree: Root, limit: number): EdgeLine[] {
  const lines: EdgeLine[] = [];
  for (let block = 0; block < tree.children.length && lines.length < limit; block++) {
    const own = linesOfBlock(tree.children[block]!, block === 0);
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
    else if (isWidgetLabel(text)) [line.removed, inWidget] = ['Removed a widget under the headline', true];
    // Network names alone may be the article's own list; they go after a share label or on a framed page.
    else if (isButtonLine(text) && (framed || inWidget || !isNetworkLine(text))) line.removed = 'Removed buttons under the headline';
    else if (inWidget && isShortItem(text, maxHeaderItemWords)) line.removed = 'Removed a widget under the headline';
    else if (framed && isShortItem(text, maxHeaderItemWords)) line.removed = 'Removed page furniture under the headline';
    else inWidget = false;
  }
}

interface TailOptions {
  edgeLines: number;
  maxItemWords: number;
  maxBioWords: number;
}

function removeTail(tree: Root, file: VFile, options: TailOptions): void {
  const lines = closingLines(tree, options.edgeLines);
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (isChromeTail(lines.slice(index).map((line) => line.text.trim()), options)) start = index;
  }
  if (start === lines.length) return;
  for (const line of lines.slice(start)) line.removed = 'Removed widgets and footers at the end of the page';
  // As remove-boilerplate does: the site's name printed just before its trailers is the source.
  const masthead = lines[start - 1];
  if (masthead && isMasthead(masthead.text, { beforeTrailers: true })) takeMasthead(file, masthead);
  rebuild(tree, file, lines, undefined);
}

/** The last lines of the page, across blocks; isChromeTail decides how many of them are chrome. */
function closingLines(tree: Root, limit: number): EdgeLine[] {
  const lines: EdgeLine[] = [];
  for (let block = tree.children.length - 1; block > 0 && lines.length < limit; block--) {
    const own = linesOfBlock(tree.children[block]!, false);
    if (!own) break;
    lines.unshift(...own.filter((line) => line.text.trim() !== '').map((line) => ({ ...line, block })));
  }
  return lines;
}

// A tail is chrome when it starts with a label, a button or a footer, holds at least one widget
// label or button (footers alone are remove-boilerplate's), and every line is chrome or an item
// of the widget above it: one sentence of the article's own stops it.
function isChromeTail(lines: readonly string[], options: TailOptions): boolean {
  const [first] = lines;
  if (first === undefined || !(isWidgetLabel(first) || isButtonLine(first) || isFooterLine(first))) return false;
  if (!lines.some((line) => isWidgetLabel(line) || isButtonLine(line))) return false;
  let inWidget = false;
  // Words an author box may still hold: its biography is short, the article's text is not.
  let bioWords = 0;
  for (const line of lines) {
    const words = line.split(/\s+/).length;
    if (isWidgetLabel(line)) [inWidget, bioWords] = [true, isBioLabel(line) ? options.maxBioWords : bioWords];
    else if (isButtonLine(line) || isFooterLine(line)) continue;
    else if (words <= bioWords) bioWords -= words;
    else if (!(inWidget && isShortItem(line, options.maxItemWords))) return false;
  }
  return true;
}

// A row of buttons is a few short lines; longer blocks are not split into lines at all (a 20 MB seed).
const maxButtonBlockLength = 300;

function removeButtonBlocks(tree: Root, file: VFile): void {
  for (let block = tree.children.length - 1; block > 0; block--) {
    const node = tree.children[block]!;
    if (node.type !== 'paragraph' || toString(node).length > maxButtonBlockLength) continue;
    const lines = linesOfBlock(tree.children[block]!, false)?.filter((line) => line.text.trim() !== '');
    if (!lines || !isButtonBlock(lines.map((line) => line.text.trim()))) continue;
    rebuild(tree, file, lines.map((line) => ({ ...line, block, removed: 'Removed a row of buttons inside the article' })), undefined);
  }
}

/** The raw lines of a plain-text block; the title heading counts as its one line. */
function linesOfBlock(node: RootContent, first: boolean): SourceLine[] | undefined {
  // A block this long is the article's text, and splitting a seed without blank lines into its
  // lines would hold the whole book twice: it ends the edge instead.
  if (node.type === 'paragraph') return toString(node).length > maxEdgeBlockLength ? undefined : linesOf(node);
  if (node.type === 'heading' && first) return [{ text: toString(node), ...(node.position ? { position: node.position } : {}) }];
  return undefined;
}

// Puts the blocks back without the removed lines (each run reported once). Every line before the
// headline was navigation and went, so the headline's new heading ends up first.
function rebuild(tree: Root, file: VFile, lines: readonly EdgeLine[], headline: EdgeLine | undefined): void {
  const blocks = [...new Set(lines.map((line) => line.block))].sort((a, b) => b - a);
  for (const block of blocks) {
    const node = tree.children[block]!;
    const own = linesOfBlock(node, block === 0) ?? [];
    const marks = new Map(lines.filter((line) => line.block === block).map((line) => [offsetOf(line), line]));
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
