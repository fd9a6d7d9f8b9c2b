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

export interface PhraseMatcher {
  (text: string): PhraseMatch[];
  /**
   * The lexicon's one-word originals of ambiguous and likely pairs ("said", "also"), lower-case, less those
   * that are themselves some pair's spun form: the everyday words a spinner removes from a text.
   */
  originalWords: ReadonlySet<string>;
}

// ' and ’ are the same apostrophe for matching; runs of white space are one space.
function normalise(phrase: string): string {
  return phrase.replace(/’/g, "'").replace(/\s+/g, ' ');
}

const wordCharacter = /[\p{L}\p{N}]/u;
const leadingWord = /^[\p{L}\p{N}]+/u;

function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    .join('\\s+');
  // A word edge only where the phrase itself ends with a letter or digit ("Credit score:" may touch "AP").
  // A hyphen followed by a letter continues a word: "navy" must not match inside "navy-blue".
  const after = wordCharacter.test(phrase[phrase.length - 1]!) ? '(?![\\p{L}\\p{N}]|-\\p{L})' : '';
  return new RegExp(`${body}${after}`, 'iuy');
}

interface Candidate {
  phrase: string;
  /** Compiled on first use: most of the lexicon's ~1,800 phrases never come up in a given book. */
  pattern: RegExp | undefined;
  /** Entry written "[Name] Put up" or "[Number] a long time": the context word that must come first, as written. */
  prefix: string;
  /** What the text before the phrase must end with, for an entry with a context prefix. */
  context: RegExp | undefined;
}

// Context a lexicon entry can ask for before its phrase; the context word itself is never changed.
const contexts: Record<string, RegExp> = {
  // A capitalised word: the name a spun word belongs to ("The Harbour Put up", "Mayor Okafor stated"), but
  // not a determiner that starts a sentence ("The stated aim").
  '[Name] ': /(?<![\p{L}\p{N}])(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|As|If|When|While)\s)\p{Lu}[\p{L}’'.-]*\s+$/u,
  // A count: "three a long time" is "three decades", where "a long time" alone is ordinary prose.
  '[Number] ': /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few)\s+$/iu,
  // A personal pronoun as the subject: "she stated" reports speech, where "the stated aim" is ordinary prose.
  '[Pronoun] ': /(?<![\p{L}\p{N}])(?:he|she|they|we|I|it|you)\s+$/iu,
  // Right after a closing quotation mark: the verb that attributes the quotation ("…,” stated the mayor).
  '[Quote] ': /[,.!?…]\s*[”"]\s+$/u,
};

function splitContext(key: string): { prefix: string; phrase: string } {
  const prefix = Object.keys(contexts).find((name) => key.startsWith(name)) ?? '';
  return { prefix, phrase: key.slice(prefix.length) };
}

/**
 * Builds one matcher for all pairs; at each word, longer phrases win over the shorter ones they
 * contain. Phrases are looked up by their first word and tried one by one: a single regular
 * expression over hundreds of Unicode alternatives proved far too slow.
 */
export function createPhraseMatcher(pairs: readonly SpinPair[]): PhraseMatcher {
  const byPhrase = new Map<string, SpinPair[]>();
  for (const pair of pairs) {
    const key = normalise(pair.spun);
    byPhrase.set(key, [...(byPhrase.get(key) ?? []), pair]);
  }
  const byFirstWord = new Map<string, Candidate[]>();
  for (const key of byPhrase.keys()) {
    const { prefix, phrase } = splitContext(key);
    const first = leadingWord.exec(phrase)?.[0].toLowerCase();
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { phrase, pattern: undefined, prefix, context: contexts[prefix] }]);
  }
  // Longest first; at equal length an entry whose case is part of it ("Put up") before a lower-case one
  // ("put up"), and an entry with a context ("[Pronoun] stated") before the bare word ("stated").
  const exactCase = (candidate: Candidate) => (candidate.phrase === candidate.phrase.toLowerCase() ? 1 : 0);
  const bare = (candidate: Candidate) => (candidate.context ? 0 : 1);
  for (const candidates of byFirstWord.values()) candidates.sort((a, b) => b.phrase.length - a.phrase.length || exactCase(a) - exactCase(b) || bare(a) - bare(b));

  const spunForms = new Set(pairs.map((pair) => normalise(pair.spun).toLowerCase()));
  const originalWords = new Set(
    pairs
      .filter((pair) => (pair.kind === 'ambiguous' || pair.kind === 'likely') && !/\s/.test(pair.original))
      .map((pair) => normalise(pair.original).toLowerCase())
      .filter((word) => !spunForms.has(word)),
  );
  const matchPhrases = function (text: string): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let resumeAt = 0;
    for (const word of text.matchAll(/(?<![\p{L}\p{N}]|\p{L}-)[\p{L}\p{N}]+/gu)) {
      if (word.index < resumeAt) continue;
      const candidates = byFirstWord.get(word[0].toLowerCase());
      if (!candidates) continue;
      for (const candidate of candidates) {
        const pattern = (candidate.pattern ??= phrasePattern(candidate.phrase));
        pattern.lastIndex = word.index;
        const found = pattern.exec(text);
        if (!found || (candidate.context && !candidate.context.test(text.slice(Math.max(0, word.index - 40), word.index)))) continue;
        const pairs = byPhrase.get(candidate.prefix + candidate.phrase)!;
        const match = classify(found[0], word.index, pairs, candidate.phrase);
        if (!match) continue;
        matches.push(match);
        resumeAt = match.end;
        break;
      }
    }
    return matches;
  };
  return Object.assign(matchPhrases, { originalWords });
}

// An entry with capitals matches with exactly that case (its case is part of the evidence); a lower-case
// entry matches lower case, or with a capital first letter; any other casing is a name or a heading.
function classify(found: string, start: number, pairs: SpinPair[], phrase: string): PhraseMatch | undefined {
  const normalised = normalise(found);
  const end = start + found.length;
  if (phrase !== phrase.toLowerCase()) return normalised === phrase ? { start, end, text: found, pairs, capitalised: false } : undefined;
  if (normalised === phrase) return { start, end, text: found, pairs, capitalised: false };
  if (normalised === capitalise(phrase)) return { start, end, text: found, pairs, capitalised: true };
  return undefined;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True at the start of the text or of a sentence (after . ! ? : … and any closing or opening marks). */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s“”"‘’'(\[«»—–-]+$/u, '');
  return before === '' || /[.!?:…]$/.test(before);
}
