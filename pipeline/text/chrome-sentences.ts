// Site furniture that reads as a sentence: disclosures ("This post may contain affiliate links."),
// calls to sign up, slot markers ("Advertisement"), teasers ("Read more: …"), wire credits
// ("Reporting by …"), forum furniture, author boxes and tag lists. Each test reads one line or one
// paragraph against the phrase lists in chrome-phrases.ts and its shape (length, sentences, quotes);
// whether it goes is decided by where it stands (remove-site-chrome, remove-boilerplate).
import {
  authorRoles, callOffers, callOpenings, creditTrailers, disclosureOpenings, forumFurniture, forumWidgetLabels, phrasePattern, slotMarkers, teaserLabels, topicLabels,
} from './chrome-phrases.ts';

const disclosure = phrasePattern(disclosureOpenings, 'start');
const callOpening = phrasePattern(callOpenings, 'start');
const callOffer = new RegExp(`\\b${phrasePattern(callOffers, 'anywhere').source}\\b`, 'iu');
const slotMarker = new RegExp(`^${phrasePattern(slotMarkers, 'anywhere').source}\\s*[.:…]?$`, 'iu');
// The headline after a teaser's label starts with a capital, a digit or a quotation mark.
const teaser = new RegExp(`^${phrasePattern(teaserLabels, 'anywhere').source}\\s*[:|»›→]\\s*.{1,150}$`, 'iu');
const teaserHeadline = /^[^:|»›→]*[:|»›→]\s*["“‘'\p{Lu}\p{N}]/u;
const creditTrailer = phrasePattern(creditTrailers, 'whole');
const topicLabel = new RegExp(`^${phrasePattern(topicLabels, 'anywhere').source}\\s*:?$`, 'iu');
const forumLine = new RegExp(`^${phrasePattern(forumFurniture, 'anywhere').source}$`, 'iu');
const forumLabel = new RegExp(`^${phrasePattern(forumWidgetLabels, 'anywhere').source}\\s*:?$`, 'iu');
// "Jane Doe is a reporter …", "Ana de la Cruz is the Courier's education correspondent …".
const name = String.raw`\p{Lu}[\p{L}’'.-]+(?:\s+(?:(?:de|la|le|van|von|der|da|di|du|del|bin|al)\s+)*\p{Lu}[\p{L}’'.-]+){1,3}`;
const authorBox = new RegExp(String.raw`^(${name}) (?:is|was|has been|writes|covers)\b(.{0,240})$`, 'u');
const authorRole = new RegExp(`\\b${phrasePattern(authorRoles, 'anywhere').source}s?\\b`, 'iu');

const wordsIn = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;
const sentencesIn = (text: string): number => (text.match(/[.!?](?:\s|$)/g) ?? []).length || 1;
// Someone speaking: the line opens with a quotation mark (a call inside dialogue is the story's).
const isQuoted = (text: string): boolean => /^["“‘'«„]/.test(text);

/** A disclosure over a review or a sponsored story: "This post may contain affiliate links. …". */
export function isDisclosure(text: string): boolean {
  const line = text.trim();
  return disclosure.test(line) && !isQuoted(line) && wordsIn(line) <= 80;
}

/** A call to sign up for the site's newsletter, alerts or app: short, one or two sentences. */
export function isCall(text: string): boolean {
  const line = text.trim();
  if (!callOpening.test(line) || isQuoted(line) || wordsIn(line) > 35 || sentencesIn(line) > 2) return false;
  return callOffer.test(line);
}

/** A line under a call that says more about the offer ("Recipes in your inbox every Sunday."). */
export function isCallDetail(text: string): boolean {
  const line = text.trim();
  return !isQuoted(line) && wordsIn(line) <= 25 && (callOffer.test(line) || /\b(?:unsubscribe|privacy (?:policy|notice)|your email(?: address)?)\b/i.test(line));
}

/** "Advertisement", "Story continues below": a slot marker between paragraphs. */
export function isSlotMarker(text: string): boolean {
  return slotMarker.test(text.trim());
}

/** "Read more: <headline>", "WATCH | <headline>": a link to another article. */
export function isTeaser(text: string): boolean {
  const line = text.trim();
  return teaser.test(line) && teaserHeadline.test(line) && wordsIn(line) <= 30;
}

/** "Reporting by …; Editing by …", "Jane Doe contributed reporting.", "Our Standards: …". */
export function isCreditTrailer(text: string): boolean {
  const line = text.trim();
  // A name follows "by": "Reporting by the council showed …" is a sentence of the article.
  return creditTrailer.test(line) && !/\bby\s+\P{Lu}/u.test(line.split(/[;,]/)[0]!);
}

/** "Topics", "Suggested Topics:": the label of a list of tags. */
export function isTopicLabel(text: string): boolean {
  return topicLabel.test(text.trim());
}

/** A forum's post buttons, edit notes and counts ("Quote", "Last edited: …", "Threads 8,412"). */
export function isForumFurniture(text: string): boolean {
  return forumLine.test(text.trim());
}

/** "Similar threads": a forum's list of other threads. */
export function isForumWidgetLabel(text: string): boolean {
  return forumLabel.test(text.trim());
}

/**
 * The name in an author box ("Jane Doe is a reporter covering …"): a sentence or three about a
 * writer, under 70 words; undefined for any other line.
 */
export function authorBoxName(text: string): string | undefined {
  const line = text.trim();
  if (wordsIn(line) > 70 || sentencesIn(line) > 3) return undefined;
  const found = authorBox.exec(line);
  // The role must be said in the first sentence: "… is a retired engineer who reads reporters" is not one.
  const firstSentence = found?.[2]?.split(/[.!?](?:\s|$)/)[0] ?? '';
  return found && authorRole.test(firstSentence) ? found[1] : undefined;
}

// "Senior Culture Reporter", "Staff Writer", "Political Editor, The Courier": a byline's job title.
const jobTitle = new RegExp(`^(?:[\\p{L}’'&.-]+\\s+){0,3}${phrasePattern(authorRoles, 'anywhere').source}s?(?:,\\s+.{1,40})?$`, 'iu');

/** A job title beside a byline's name: a few capitalised words ending in a writer's role. */
export function isJobTitle(text: string): boolean {
  const line = text.trim();
  return /^\p{Lu}/u.test(line) && jobTitle.test(line);
}

/** A tag of a tag list: one to three words, no sentence punctuation. */
export function isTagItem(text: string): boolean {
  const line = text.trim();
  const words = wordsIn(line);
  return words >= 1 && words <= 3 && /^[\p{Lu}#]/u.test(line) && !/[.!?:;,]$/.test(line);
}

/** Site furniture written as a sentence, sure enough to go wherever it stands as a block of its own. */
export function isSentenceChrome(text: string): boolean {
  // The longest of them, a disclosure, is 80 words at most.
  if (text.length > 600) return false;
  return isDisclosure(text) || isCall(text) || isTeaser(text);
}
