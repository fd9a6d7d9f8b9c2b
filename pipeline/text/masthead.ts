// Whether a short stand-alone line names a publication ("The Washington Post", "The Harbour Post",
// "BBC News"): scraped articles print the site's masthead just before their trailers.

// Words that newspapers, magazines and agencies put in their names.
const publicationWords = new Set([
  'age', 'bulletin', 'chronicle', 'courier', 'daily', 'dispatch', 'examiner', 'express', 'gazette', 'globe',
  'guardian', 'herald', 'independent', 'inquirer', 'journal', 'magazine', 'mail', 'mirror', 'monitor', 'news',
  'observer', 'post', 'press', 'record', 'register', 'reporter', 'review', 'standard', 'star', 'sun',
  'telegraph', 'times', 'tribune', 'weekly', 'wire',
]);

export interface MastheadOptions {
  /** The line sits just before site trailers, which makes a plain "The …" title enough. */
  beforeTrailers: boolean;
}

/** True for a short title-cased line, without sentence punctuation, that names a publication. */
export function isMasthead(line: string, options: MastheadOptions): boolean {
  const text = line.trim();
  if (/[.!?:;,“”"]$/.test(text) || /[“”"]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 1 || words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  // A spun masthead may have lost a capital ("Put up" for "Post"): most words capitalised is enough.
  if (capitalised / words.length < 0.6) return false;
  // Publications end their names with such a word ("The Washington Post", "BBC News"); a line that
  // merely contains one ("A Review of the Year") is not a masthead.
  if (publicationWords.has(words[words.length - 1]!.toLowerCase())) return true;
  return options.beforeTrailers && words.length >= 2 && words[0] === 'The';
}
