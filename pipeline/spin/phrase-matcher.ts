// Finds lexicon phrases in a text with the case rules that keep proper names out of reach.
import type { SpinPair } from './lexicon.ts';

export interface PhraseMatch {
  start: number;
  end: number;
  /** The text as found. */
  text: string;
  /** Every lexicon pair with this spun phrase (one spun word may have several originals). */
  pairs: SpinPair[];
  /** A lower-case entry found with a capital first letter (allowed at the start of a sentence only). */
  capitalised: boolean;
}

export type PhraseMatcher = (text: string) => PhraseMatch[];

// ' and ’ are the same apostrophe for matching; runs of white space are one space.
function normalise(phrase: string): string {
  return phrase.replace(/’/g, "'").replace(/\s+/g, ' ');
}

const wordCharacter = /[\p{L}\p{N}]/u;

function phrasePattern(phrase: string): string {
  const body = phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('\\s+');
  // Word edges only where the phrase itself starts or ends with a letter or digit ("Credit score:" may touch "AP").
  // A hyphen followed by a letter continues a word: "navy" must not match inside "navy-blue".
  const before = wordCharacter.test(phrase[0]!) ? '(?<![\\p{L}\\p{N}]|\\p{L}-)' : '';
  const after = wordCharacter.test(phrase[phrase.length - 1]!) ? '(?![\\p{L}\\p{N}]|-\\p{L})' : '';
  return `${before}${body}${after}`;
}

/** Builds one matcher for all pairs; longer phrases win over the shorter ones they contain. */
export function createPhraseMatcher(pairs: readonly SpinPair[]): PhraseMatcher {
  const byPhrase = new Map<string, SpinPair[]>();
  for (const pair of pairs) {
    const key = normalise(pair.spun);
    byPhrase.set(key, [...(byPhrase.get(key) ?? []), pair]);
  }
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return () => [];
  const pattern = new RegExp(phrases.map(phrasePattern).join('|'), 'giu');
  const lowerCaseKeys = new Map<string, string>();
  for (const phrase of phrases) if (phrase === phrase.toLowerCase()) lowerCaseKeys.set(phrase, phrase);

  return function matchPhrases(text) {
    const matches: PhraseMatch[] = [];
    for (const found of text.matchAll(pattern)) {
      const normalised = normalise(found[0]);
      const start = found.index;
      const end = start + found[0].length;
      // An entry with capitals matches with exactly that case: its case is part of the evidence.
      const exact = byPhrase.get(normalised);
      if (exact && normalised !== normalised.toLowerCase()) {
        matches.push({ start, end, text: found[0], pairs: exact, capitalised: false });
        continue;
      }
      const lower = normalised.toLowerCase();
      const entry = lowerCaseKeys.get(lower);
      if (entry === undefined) continue;
      const pairsForEntry = byPhrase.get(entry)!;
      if (normalised === lower) matches.push({ start, end, text: found[0], pairs: pairsForEntry, capitalised: false });
      else if (normalised === capitalise(lower)) matches.push({ start, end, text: found[0], pairs: pairsForEntry, capitalised: true });
      // Any other casing (ALL CAPS, Title Case inside a phrase) is a name or a heading: not ours to touch.
    }
    return matches;
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True at the start of the text or of a sentence (after . ! ? : … and any closing or opening marks). */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s“”"‘’'(\[«»—–-]+$/u, '');
  return before === '' || /[.!?:…]$/.test(before);
}
