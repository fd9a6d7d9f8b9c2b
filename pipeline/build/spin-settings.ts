// Spin repair settings of a build (config file `spin:`, or --spin-lexicon / --spin-report-only),
// read once in the main thread: the user's lexicon files become pairs every worker gets.
import { readFile } from 'node:fs/promises';
import { LexiconError, parseLexicon, type SpinPair } from '../spin/lexicon.ts';
import type { Options as SpinOptions } from '../transforms/repair-spin.ts';

export interface SpinSettings {
  /** The user's own lexicon files (same TSV columns as data/spin-lexicon.tsv), added to the built-in one. */
  lexiconFiles?: string[];
  /** Report what would be repaired, change nothing. */
  reportOnly?: boolean;
}

/** A bad lexicon throws a LexiconError naming the file, which stops the build before any seed. */
export async function spinOptions(spin: SpinSettings): Promise<SpinOptions> {
  const extraPairs: SpinPair[] = [];
  for (const file of spin.lexiconFiles ?? []) {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new LexiconError(file, `cannot be read (${error.code ?? error.message}).`, 'Check the path given to --spin-lexicon or the config\'s spin.lexicons.');
    });
    extraPairs.push(...parseLexicon(text, file));
  }
  return { ...(spin.reportOnly ? { reportOnly: true } : {}), ...(extraPairs.length > 0 ? { extraPairs } : {}) };
}
