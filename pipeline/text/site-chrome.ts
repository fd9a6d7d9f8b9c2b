// What a line of a scraped page's frame looks like: navigation (menus, breadcrumbs, skip links),
// buttons (share rows, "Follow", "5 min read", counts), widget labels ("Related Posts", "Comments
// (3)") and footers. Each test reads one line on its own; remove-site-chrome decides from where the
// lines stand and what surrounds them whether they go.
import { readDateline } from './dateline.ts';
import { isCreditTrailer, isForumFurniture, isForumWidgetLabel, isSentenceChrome, isTopicLabel } from './chrome-sentences.ts';
import { phrasePattern, readingTimesElsewhere, shareLabelsElsewhere, skipLinksElsewhere, widgetLabelsElsewhere } from './chrome-phrases.ts';

// Items of the article's own list ("1) walk", "- eggs") are not menu entries nor headlines.
const listMarker = /^(?:\d+[.)]|[-*•–]|\p{L}[.)])\s/u;
const wordsIn = (line: string): string[] => line.trim().split(/\s+/).filter(Boolean);
const endsSentence = (line: string): boolean => /[.!?…"”’)]$/.test(line.trim());

// "Home » News » Transport", "UK | World | Business", "Home / News / Environment": short items
// between separators (a slash or ">" only with spaces, so "24/7" and "A/B testing" are not one).
const separator = /\s*[»›|]\s*|\s+[/>·•]\s+/;

/** A breadcrumb or a menu bar written on one line. */
export function isBreadcrumb(line: string): boolean {
  const parts = line.trim().split(separator).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((part) => wordsIn(part).length <= 4 && !endsSentence(part));
}

// Buttons and links of a page's frame. Each is a whole line: "Share this" is a button, "Share a
// drill with the house next door" is a sentence.
const buttons: readonly RegExp[] = [
  /^skip to (?:main )?(?:content|navigation|main|search|recipe)$/i,
  /^jump to (?:recipe|comments|content)$/i,
  /^(?:open in app|sign in|sign up|log ?in|log ?out|register|subscribe|search|menu|close|home)$/i,
  /^(?:watch live|live tv|print(?: recipe)?|back to top|load more(?: comments)?|show comments|see more|tap to read (?:the )?full story)$/i,
  /^listen(?: to this (?:article|story))?$/i,
  /^\d+\s*min(?:ute)?s? (?:read|listen)$/i,
  /^share (?:on|via) \p{L}+$/iu,
  /^(?:accept|reject|allow|decline)(?: all| selected)?(?: cookies)?$|^(?:manage|cookie) (?:preferences|settings|options)$|^got it!?$/i,
  phrasePattern([...skipLinksElsewhere, ...readingTimesElsewhere], 'whole'),
];

// Actions and networks that a share or reaction row lists, one or several to a line.
const actionWords = new Set([
  'share', 'shares', 'tweet', 'pin', 'email', 'e-mail', 'print', 'like', 'likes', 'reply', 'replies', 'report', 'comment', 'comments', 'follow', 'save',
  'restack', 'restacks', 'yum', 'copy', 'link', 'sms',
]);
const networkWords = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'reddit', 'linkedin', 'pinterest', 'telegram', 'messenger', 'flipboard',
  'threads', 'bluesky', 'mastodon', 'tumblr', 'pocket', 'notes',
]);
const buttonWordsOf = (line: string): string[] => line.toLowerCase().split(/[\s,|·∙•]+/).filter(Boolean);
// A share row flattened onto one line joins a button to its network with these ("Share on X").
const rowJoiners = new Set(['on', 'via', 'to']);
// A count on a button ("142 Likes"); alone, or a separator dot, it is what a row of icons leaves.
const count = /^[\d.,]+[km]?$/i;
const countOrSeparator = /^(?:[\d.,]+[km]?|[·∙•|])$/i;
// Words that are a button only with a count: "214 views".
const counterWords = new Set(['views', 'reads', 'plays', 'listens']);

const maxButtonLength = 80;

/** A line of buttons: a skip link, a share row, "Follow", "5 min read", a bare count. */
export function isButtonLine(line: string): boolean {
  const text = line.trim();
  // Buttons are a few words: a longer line is text, and is not read against every pattern.
  if (text.length > maxButtonLength) return false;
  if (buttons.some((pattern) => pattern.test(text)) || isForumFurniture(text)) return true;
  // A bare count (likes, claps) or a separator dot left from a row of icons.
  if (countOrSeparator.test(text)) return true;
  // A share row flattened onto one line ("Share on Facebook Share on X Email Print"): its "on"s
  // and "via"s join a button to its network and are not counted.
  const words = buttonWordsOf(text).filter((word, index, all) => !(rowJoiners.has(word) && index > 0 && index < all.length - 1));
  // A count on a button ("142 Likes", "Comments 7") counts as part of it; "214 views" is a counter only with its number.
  const named = words.filter((word) => !count.test(word));
  const counted = named.length < words.length;
  return named.length > 0 && words.length <= 6 && named.every((word) => actionWords.has(word) || networkWords.has(word) || (counted && counterWords.has(word)));
}

/**
 * A button that may be the text's own words: network names, a bare count or a separator. Chrome
 * among other chrome, but no evidence of it.
 */
export function isWeakButton(line: string): boolean {
  return isNetworkLine(line) || countOrSeparator.test(line.trim());
}

/** A line naming only networks ("Facebook", "X Reddit"): buttons after a share label, else maybe a list. */
export function isNetworkLine(line: string): boolean {
  const words = buttonWordsOf(line);
  return words.length > 0 && words.every((word) => networkWords.has(word));
}

/**
 * A block of buttons that may go even inside the article: every line a button or a share label,
 * at least two lines, and an action among them ("Share this:", "Like Reply"). Network names alone
 * ("Facebook / Reddit") may be the article's own list.
 */
export function isButtonBlock(lines: readonly string[]): boolean {
  if (lines.length < 2 || !lines.every((line) => isButtonLine(line) || isShareLabel(line))) return false;
  return lines.some((line) => isShareLabel(line) || buttonWordsOf(line).some((word) => actionWords.has(word)));
}

const shareLabel = new RegExp(String.raw`^(?:share(?: this(?: (?:article|story|post|page|recipe))?)?|${phrasePattern(shareLabelsElsewhere, 'anywhere').source})\s*:?$`, 'iu');

/** "Share", "Share this:", "Share this article". */
export function isShareLabel(line: string): boolean {
  return shareLabel.test(line.trim());
}

// Labels that head a widget: a share row, a list of other articles, the comments, an author box.
const widgetLabels: readonly RegExp[] = [
  shareLabel,
  /^(?:related|similar)(?: (?:posts|articles|stories|content|links|reading|coverage|news))?\s*:?$/i,
  /^(?:you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading| from .{1,40})?|read next|up next|also read)\s*:?$/i,
  /^(?:more (?:from|on|in|stories from) .{1,40}|more stories|see all from .{1,40}|most (?:viewed|read|popular|shared)|trending(?: now)?|popular (?:posts|stories)|latest (?:news|posts|stories)|don[’']t miss|editor[’']s picks)\s*:?$/i,
  /^(?:comments?(?: \(\d+\))?|\d+ (?:comments?|replies|responses)|comments are closed|leave a (?:reply|comment)|join the (?:discussion|conversation)|discussion about this post)\s*[:.]?$/i,
  new RegExp(String.raw`^(?:${phrasePattern(widgetLabelsElsewhere, 'anywhere').source})\s*:?$`, 'iu'),
];

const bioLabels: readonly RegExp[] = [/^about the authors?\s*:?$/i, /^written by \p{Lu}[\p{L}'’. -]{1,40}$/iu, /^[\d.,]+[km]? (?:followers|subscribers)$/i];

/** A label that heads a widget of short items: "Share this:", "Related Posts", "More from X". */
export function isWidgetLabel(line: string): boolean {
  const text = line.trim();
  if (text.length > maxButtonLength) return false;
  return widgetLabels.some((pattern) => pattern.test(text)) || isBioLabel(text) || isTopicLabel(text) || isForumWidgetLabel(text);
}

/** A label that heads an author box, whose next lines are a short biography. */
export function isBioLabel(line: string): boolean {
  return bioLabels.some((pattern) => pattern.test(line.trim()));
}

// Footer lines: blog post footers, legal lines, account and app prompts.
const footers: readonly RegExp[] = [
  /^(?:posted|filed) (?:in|under|by)\b.{0,80}$/i,
  /^(?:tags?|labels?|categories|topics)\s*:.{0,120}$/i,
  /^(?:newer|older) posts?\b.{0,30}$/i,
  /\ball rights reserved\b|^(?:©|\(c\)|copyright)\s*\d{4}/i,
  /^(?:privacy(?: policy)?|cookie (?:policy|settings)|terms (?:of (?:use|service)|and conditions)|contact us|about us)(?:\s*[|·•]\s*.{1,30})*$/i,
  /^(?:read more|continue reading|read next)\s*[:»›→].{0,120}$/i,
];

/**
 * A footer line: "Posted by …", "Tags: …", "Newer Post", a copyright or legal line, an account or app
 * prompt, a wire's credits, or furniture written as a sentence (a disclosure, a call, a teaser).
 */
export function isFooterLine(line: string): boolean {
  const text = line.trim();
  if (footers.some((pattern) => pattern.test(text)) || isConsentNotice(text) || isCreditTrailer(text) || isSentenceChrome(text)) return true;
  if (wordsIn(text).length > 15) return false;
  // "You must log in or register to reply here.", "Download the KVLY app for alerts."
  return /\b(?:log ?in|sign ?in|sign up|register|subscribe)\b.*\b(?:to|for)\b/i.test(text) || /\b(?:download|get|install) (?:the|our) .{0,30}\bapp\b/i.test(text);
}

/** A cookie or consent notice: it is a sentence, but the site's, not the article's. */
export function isConsentNotice(line: string): boolean {
  const text = line.trim();
  // Cookies alone may be biscuits: the notice also speaks of the site, consent or settings.
  return /\bcookies?\b/i.test(text) && wordsIn(text).length <= 60 && /\b(?:(?:our|this) (?:web)?site|you agree|you consent|by continuing|(?:cookie|privacy) (?:policy|notice|settings)|(?:manage|your) preferences)\b/i.test(text);
}

/** A line of the article's own text: a sentence of some length, or one leading into a list. */
export function isProseLine(line: string): boolean {
  const words = wordsIn(line).length;
  return words > 15 || (words >= 8 && (endsSentence(line) || line.trim().endsWith(':')));
}

/** A short line that is no statement: a menu item, a related headline (which may ask: "Do you need poles?"), a name. */
export function isShortItem(line: string, maxWords: number): boolean {
  const words = wordsIn(line).length;
  return words > 0 && words <= maxWords && !/[.;,]$/.test(line.trim());
}

/** A line that could be an article's headline: a few words, not a label, a button or a byline. */
export function isHeadlineLine(line: string): boolean {
  const text = line.trim();
  const words = wordsIn(text).length;
  // A headline may ask or exclaim, but a line ending in a full stop is a sentence.
  if (words < 4 || words > 25 || /[.:;,]$/.test(text) || !/^[\p{Lu}\p{N}“"‘']/u.test(text)) return false;
  if (/^by\s/i.test(text) || listMarker.test(text) || readDateline(text) || isBreadcrumb(text)) return false;
  return !isButtonLine(text) && !isWidgetLabel(text) && !isFooterLine(text);
}

export type NavigationStrength = 'strong' | 'weak' | 'date' | 'none';

/**
 * Whether a line at the top of the page, before the headline, reads as navigation: a breadcrumb, a
 * button or a cookie notice is strong evidence; a menu entry (a short capitalised line) only weak.
 * A dateline may stand among them but is no evidence: it also stands under a real title.
 */
export function navigationStrength(line: string): NavigationStrength {
  const text = line.trim();
  if (isBreadcrumb(text) || (isButtonLine(text) && !isNetworkLine(text)) || isWidgetLabel(text) || isConsentNotice(text)) return 'strong';
  if (readDateline(text)) return 'date';
  if (isShortItem(text, 3) && /^\p{Lu}/u.test(text) && !/^by\s/i.test(text) && !listMarker.test(text)) return 'weak';
  return 'none';
}
