// The spinner lexicon: spun → original phrase pairs, kept as data (data/spin-lexicon.tsv) so that
// users can extend it with a file of their own in the same format.
import { readFileSync } from 'node:fs';

export type PairKind = 'unambiguous' | 'likely' | 'ambiguous' | 'common' | 'keep';

export interface SpinPair {
  /** What the spinner wrote, e.g. "not too long ago". */
  spun: string;
  /** What the original said, e.g. "recently". */
  original: string;
  /**
   * `unambiguous`: repaired in any spun document, and a sign of spin; `likely`: ordinary prose writes it
   * too ("she stated", "brand new"), but in a spun document it is nearly always the spinner's, so it is
   * repaired in any spun document unless the document's quotations use it, and is no sign of spin by
   * itself; `ambiguous`: only with evidence from the document;
   * `common`: an everyday word in its own right ("house", "financial"), only when a near-duplicate
   * paragraph shows the swap; `keep`: a genuine phrase, never changed.
   */
  kind: PairKind;
  /** Where the pair is known from. */
  attested: string;
}

/** A lexicon file that cannot be read as pairs: names the file, the line and what to do. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    readonly lexiconPath: string,
    readonly problem: string,
    readonly remedy = 'Each line must be "spun<TAB>original<TAB>unambiguous|likely|ambiguous|common|keep<TAB>note"; lines starting with # are comments.',
  ) {
    super(`${lexiconPath}: ${problem} ${remedy}`);
  }
}

const kinds = new Set<string>(['unambiguous', 'likely', 'ambiguous', 'common', 'keep']);

/** Reads TSV text (spun, original, kind, attested); `#` lines, blank lines and the header row are skipped. */
export function parseLexicon(text: string, lexiconPath: string): SpinPair[] {
  const pairs: SpinPair[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('spun\t')) return;
    const [spun = '', original = '', kind = '', attested = ''] = line.split('\t').map((cell) => cell.trim());
    if (spun === '' || original === '') throw new LexiconError(lexiconPath, `line ${index + 1} does not have a spun and an original phrase.`);
    if (!kinds.has(kind)) throw new LexiconError(lexiconPath, `line ${index + 1} has kind "${kind}", not unambiguous, likely, ambiguous, common or keep.`);
    pairs.push({ spun, original, kind: kind as PairKind, attested });
  });
  return pairs;
}

let builtIn: SpinPair[] | undefined;

/** The lexicon that ships with the pipeline, read once per process. */
export function builtInLexicon(): SpinPair[] {
  const url = new URL('../../data/spin-lexicon.tsv', import.meta.url);
  builtIn ??= parseLexicon(readFileSync(url, 'utf8'), 'data/spin-lexicon.tsv');
  return builtIn;
}
