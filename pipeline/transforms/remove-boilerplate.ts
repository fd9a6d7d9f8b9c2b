// remove-boilerplate: site furniture a scrape picks up (source-link trailers, comment forms,
// newsletter promos, share prompts, "Read more" links, disclosures) is removed when it forms a whole
// paragraph at the start or end of the article; the clearest kinds also as a whole paragraph
// anywhere, slot markers ("Advertisement") only on a page that shows other furniture.
// Never from inside a sentence. A masthead next to the trailers becomes the `source` metadata.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isMasthead } from '../text/masthead.ts';
import { isDisclosure, isSentenceChrome, isSlotMarker } from '../text/chrome-sentences.ts';
import { reportChange } from './report-change.ts';
import '../file-data.ts';

export interface Options {
  /** Longest paragraph, in words, that an edge pattern may remove. Default: `45`. */
  maxWords?: number;
  /** Turn a masthead line at the edges into `source` metadata. Default: `true`. */
  masthead?: boolean;
}

const ruleId = 'remove-boilerplate';

// Whole paragraphs that are boilerplate wherever they stand.
const anywhere: readonly RegExp[] = [
  /^source link\.?$/i,
  /^leave a (?:reply|comment)\.?$/i,
  /^(?:your )?email address will not be published\.?(?: required fields are marked \*?\.?)?$/i,
  /^required fields are marked \*?\.?$/i,
  /^save my name, email,? and website in this browser\b/i,
  // "Read more", "Read more: <headline>", "Related: <headline>"; not a sentence that starts so.
  /^(?:read more|continue reading(?: the main story)?|more on this story)(?:\s*(?:[:»›→].{0,120}|…|\.{3}))?$/i,
  /^(?:like this:?|like loading(?:\.{3}|…)?)$/i,
  /^(?:related|see also)\s*:.{0,120}$/i,
  /^(?:share|tweet|pin|email) (?:this(?: (?:article|story|post|page))?|on \p{L}+(?: \p{L}+)?)\s*[:.!]?$/iu,
  /^follow us on\b[^.!?]{0,80}$/i,
];
// Boilerplate only when it stands at the start or end of the article.
const atEdges: readonly ((text: string) => boolean)[] = [
  // A short "<word> link" label: "Source link", "Original link", a spun "Supply hyperlink".
  (text) => /^(?:\p{L}+ )?(?:link|hyperlink|permalink)\.?$/iu.test(text),
  // A promo is a call to action about a newsletter or inbox, not any sentence that mentions one: one
  // or two short sentences, not quoted (a paragraph that discusses newsletters is longer).
  (text) => isCallShaped(text) && /\b(?:e-?newsletters?|newsletters?|inbox|briefing)\b/i.test(text) && /\b(?:sign up|subscribe|join|get|receive|delivered|register|click|enter your)\b/i.test(text),
  isDisclosure,
  // A paragraph that only starts with "Sign up" may be about signing up: the call is short.
  (text) => (isCallShaped(text) && /^(?:subscribe|sign up)\b/i.test(text)) || /^(?:follow us|share this|like us)\b/i.test(text),
  (text) => /\ball rights reserved\b|^(?:©|\(c\)|copyright)\s*\d{4}/i.test(text),
  // Blog footers: "Posted in News, Harbour", "Tags: ferries, strikes", "Click here to …".
  (text) => /^(?:posted|filed) (?:in|under)\b|^tags?\s*:|^click here\b/i.test(text),
];

const removeBoilerplate: Plugin<[Options?], Root> = function (options) {
  const maxWords = options?.maxWords ?? 45;
  const useMasthead = options?.masthead ?? true;
  return function (tree, file) {
    const isBoilerplate = (node: RootContent, edge: boolean): boolean => {
      if (!isLine(node)) return false;
      const text = toString(node).trim();
      // Furniture sentences are short: a long paragraph is not read against them.
      if (anywhere.some((pattern) => pattern.test(text)) || (text.length <= 600 && isSentenceChrome(text))) return true;
      return edge && text.split(/\s+/).length <= maxWords && atEdges.some((test) => test(text));
    };
    // From the end inwards: trailers, promos and the masthead just before them.
    let trailers = 0;
    for (let index = tree.children.length - 1; index > 0; index -= 1) {
      const node = tree.children[index]!;
      if (isBoilerplate(node, true)) {
        remove(tree, file, index, 'Removed site boilerplate at the end of the article');
        trailers += 1;
      } else if (useMasthead && isLine(node) && isMasthead(toString(node), { beforeTrailers: trailers > 0 })) {
        takeMasthead(tree, file, index, node);
      } else break;
    }
    // From the start, after the title heading.
    const start = tree.children[0]?.type === 'heading' ? 1 : 0;
    while (start < tree.children.length) {
      const node = tree.children[start]!;
      if (isBoilerplate(node, true)) remove(tree, file, start, 'Removed site boilerplate at the start of the article');
      else if (useMasthead && isLine(node) && isMasthead(toString(node), { beforeTrailers: false })) takeMasthead(tree, file, start, node);
      else break;
    }
    // Anywhere else, only whole paragraphs of the clearest kinds.
    for (let index = tree.children.length - 1; index >= start; index -= 1) {
      if (isBoilerplate(tree.children[index]!, false)) remove(tree, file, index, 'Removed a paragraph of site boilerplate');
    }
    removeSlotMarkers(tree, file, start);
  };
};

// "Advertisement", "Story continues below": an essay may print the word as a paragraph of its own,
// so a marker goes only on a page that shows other site furniture (already removed by this rule or
// remove-site-chrome) or repeats its markers.
function removeSlotMarkers(tree: Root, file: VFile, start: number): void {
  const markers = tree.children.flatMap((node, index) => (index >= start && isLine(node) && isSlotMarker(toString(node)) ? [index] : []));
  if (markers.length === 0) return;
  const framed = file.messages.some((message) => message.ruleId !== undefined && chromeRules.has(message.ruleId));
  if (!framed && markers.length < 2) return;
  for (const index of markers.reverse()) remove(tree, file, index, 'Removed an advert or "continue reading" marker');
}

const chromeRules = new Set(['remove-site-chrome', 'remove-boilerplate', 'remove-learned-boilerplate']);

function isCallShaped(text: string): boolean {
  const sentences = (text.match(/[.!?](?:\s|$)/g) ?? []).length;
  return sentences <= 2 && text.split(/\s+/).length <= 35 && !/^["“‘'«„]/.test(text);
}

// Short stand-alone lines may have been read as headings by the parse stage; the title is not among them.
function isLine(node: RootContent): node is Paragraph | Heading {
  return node.type === 'paragraph' || node.type === 'heading';
}

function remove(tree: Root, file: VFile, index: number, reason: string): void {
  const [node] = tree.children.splice(index, 1);
  reportChange(file, { ruleId, reason, node, actual: toString(node), expected: '' });
}

function takeMasthead(tree: Root, file: VFile, index: number, node: Paragraph | Heading): void {
  const source = toString(node).trim();
  const found = (file.data.foundMetadata ??= {});
  found.source ??= source;
  tree.children.splice(index, 1);
  reportChange(file, { ruleId, reason: `Moved the masthead "${source}" out of the text into the source metadata`, node, actual: source, expected: '' });
}

export default removeBoilerplate;
