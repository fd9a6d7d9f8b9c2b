// One phrase matcher per lexicon per process: building one indexes the lexicon's ~1,800 phrases (and
// compiles each one's pattern when first met), which cost more than matching a whole seed when it was done per seed.
import { builtInLexicon, type SpinPair } from './lexicon.ts';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';

let builtIn: PhraseMatcher | undefined;
// A build hands every seed the same user pairs (copied into each worker), so a handful of entries is plenty.
const withExtraPairs = new Map<string, PhraseMatcher>();
const maximumCached = 4;

/** The matcher for the built-in lexicon plus `extraPairs` (a user's own lexicon files), made once and reused. */
export function lexiconMatcher(extraPairs: readonly SpinPair[] = []): PhraseMatcher {
  if (extraPairs.length === 0) return (builtIn ??= createPhraseMatcher(builtInLexicon()));
  // Keyed by content, not identity: each seed's options arrive as a fresh copy from the main thread.
  const key = JSON.stringify(extraPairs.map((pair) => [pair.spun, pair.original, pair.kind, pair.attested]));
  let matcher = withExtraPairs.get(key);
  if (!matcher) {
    if (withExtraPairs.size >= maximumCached) withExtraPairs.delete(withExtraPairs.keys().next().value!);
    matcher = createPhraseMatcher([...builtInLexicon(), ...extraPairs]);
    withExtraPairs.set(key, matcher);
  }
  return matcher;
}
