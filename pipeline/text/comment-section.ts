// The comments under a scraped post: a heading that counts or names them, the readers' comments
// (each under a "Name says:" line, a date, with "Reply" after it) and the reply form. Readers'
// words are not the author's, and a blog prints them after everything else on the page, so the
// section runs from its heading to the end of the page.
import { isFooterLine } from './site-chrome.ts';

// "4 thoughts on “How I Beat the Slugs”", "12 Responses to …", "One comment on …".
const countedHeading = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?|responses?|replies|reactions?)\s+(?:on|to)\s+\S.{0,200}$/i;
// "Comments", "3 Comments", "Comments (3)", "Responses", "Join the discussion".
const namedHeading = /^(?:(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?|join the (?:discussion|conversation)|discussion(?: about this (?:post|article|story))?)\s*:?$/i;

// The reply form a blog prints under (or instead of) its comments; its first lines can open the section.
const replyFormOpenings: readonly RegExp[] = [
  /^leave a (?:reply|comment)\b.{0,40}$/i,
  /^comments are closed\.?$/i,
  /^your email address will not be published\b/i,
];
const replyForm: readonly RegExp[] = [
  ...replyFormOpenings,
  /^(?:cancel reply|post comment|submit comment|add comment)$/i,
  /\brequired fields are marked\s*\*?\s*$/i,
  /^save my name, email,? and website in this browser\b/i,
  /^you must be logged in to post a comment\.?$/i,
  /^(?:name|email|e-mail|website|comment)\s*\*?$/i,
];

// What surrounds each comment: its header ("Martin Cole says:", "Ana on May 2, 2024 at 9:14 am said:"),
// a date ("April 13, 2024 at 8:14 am"), and its buttons ("Reply", "Like", "Log in to Reply").
const commentHeader = /^\S.{0,80}\s(?:says|said|writes|wrote|replied)\s*:$/i;
// The year is left out for this year's comments ("Feb 18").
const commentDate = /^\p{L}{3,9}\.? \d{1,2}(?:,? \d{4})?(?:,? at \d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$|^\d{1,2} \p{L}{3,9}(?: \d{4})?(?:,? at \d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$/iu;
const commentButtons = /^(?:reply|reply ↓|like|report|permalink|log in to reply|loading\.\.\.|\d+ likes?)$/i;

/** A line of the reply form ("Leave a Reply", "Your email address will not be published.", "Name *"). */
export function isReplyFormLine(line: string): boolean {
  const text = line.trim();
  return replyForm.some((pattern) => pattern.test(text));
}

/** A line that shows a comment is there: its header, its date or its buttons (not its words). */
export function isCommentFurniture(line: string): boolean {
  const text = line.trim();
  return commentHeader.test(text) || commentButtons.test(text) || commentDate.test(text);
}

// A heading may have a tab or two ("Restacks") and the commenter's name before the first comment's date.
const linesToFirstComment = 4;

/**
 * Where the comments section starts among the last lines of a page, or undefined; the earliest
 * opening found, since the comments run to the end of the page. A heading opens it when a comment
 * or the form follows within four lines (an essay's own "Responses" section has neither). The
 * form opens it when nothing but the form and footers follow: "Leave a comment" under a post's
 * byline, with the post after it, or a story's "Leave a Reply" line of dialogue, is no section.
 */
export function commentSectionStart(lines: readonly string[]): number | undefined {
  let start: number | undefined;
  let onlyFormAfter = true;
  for (let index = lines.length - 1; index >= 0; index--) {
    const text = lines[index]!.trim();
    const form = isReplyFormLine(text);
    const next = lines.slice(index + 1, index + 1 + linesToFirstComment);
    const heading = countedHeading.test(text) || namedHeading.test(text);
    if (heading && next.some((line) => isCommentFurniture(line) || isReplyFormLine(line))) start = index;
    else if (form && onlyFormAfter && replyFormOpenings.some((pattern) => pattern.test(text))) start = index;
    // The site's footer may follow the form ("© 2024 The Plot · Powered by WordPress"); a story's last lines may not.
    onlyFormAfter &&= form || isCommentFurniture(text) || isFooterLine(text);
  }
  return start;
}
