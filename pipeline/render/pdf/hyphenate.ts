// Hyphenation points for the book's language, from TeX's patterns (the `hyphen` package).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface PatternModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** Splits a word into the pieces between which a line may break; one piece when it may not. */
export type Hyphenator = (word: string) => string[];

// TeX's defaults for English: at least two letters before a break and three after.
const leftMin = 2;
const rightMin = 3;
const minWordLength = 6;
const marker = '\u00AD';

const packageDir = path.dirname(require.resolve('hyphen/package.json'));
const hyphenators = new Map<string, Hyphenator>();

/** The hyphenator for a BCP 47 tag (`en`, `en-GB`, `de-CH`), or none when no patterns exist. */
export function hyphenatorFor(language: string): Hyphenator {
  const key = language.toLowerCase();
  let hyphenator = hyphenators.get(key);
  if (!hyphenator) {
    const module = patternsFor(key);
    hyphenator = module ? fromPatterns(module) : (word) => [word];
    hyphenators.set(key, hyphenator);
  }
  return hyphenator;
}

// `en-gb` has its own patterns; `en-au` falls back to `en`; `en` itself means American patterns.
function patternsFor(tag: string): PatternModule | undefined {
  const subtags = tag.split(/[-_]/).filter((subtag) => /^[a-z0-9]+$/.test(subtag));
  for (let length = subtags.length; length > 0; length -= 1) {
    const name = subtags.slice(0, length).join('-');
    if (existsSync(path.join(packageDir, name, 'index.js'))) return require(`hyphen/${name}`) as PatternModule;
  }
  return undefined;
}

function fromPatterns(module: PatternModule): Hyphenator {
  const cache = new Map<string, string[]>();
  return (word) => {
    let pieces = cache.get(word);
    if (!pieces) {
      pieces = word.length < minWordLength || !/^\p{L}+$/u.test(word) ? [word] : trim(module.hyphenateSync(word, { hyphenChar: marker }).split(marker));
      cache.set(word, pieces);
    }
    return pieces;
  };
}

// Merges pieces that would leave fewer than leftMin letters before or rightMin after a break.
function trim(pieces: string[]): string[] {
  const merged = [...pieces];
  while (merged.length > 1 && merged[0]!.length < leftMin) merged.splice(0, 2, merged[0]! + merged[1]!);
  while (merged.length > 1 && merged[merged.length - 1]!.length < rightMin) merged.splice(-2, 2, merged[merged.length - 2]! + merged[merged.length - 1]!);
  return merged;
}
