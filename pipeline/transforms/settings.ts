// What the build may tell the cleanup: which transforms run, what to do with captions, and the
// statistics of the seed's folder. Filled from the command line and, later, the config file.
import type { CorpusStatistics } from '../corpus-statistics.ts';
import type { Options as SpinOptions } from './repair-spin.ts';

export interface CleanupSettings {
  /**
   * Transforms switched on or off by rule id, e.g. `{ typography: false }`. A seed's front matter
   * may hold the same field (`transforms:`), which wins for that seed. Default: every transform on.
   */
  transforms?: Readonly<Record<string, boolean>>;
  /** `'keep'` renders photo captions as captions; `'drop'` removes them (reported). Default: `'keep'`. */
  captions?: 'keep' | 'drop';
  /** Folder statistics from the build's first pass (learned boilerplate, near-duplicate seeds). */
  corpus?: CorpusStatistics;
  /** Spin repair: report only, the user's own lexicon pairs (see repair-spin's options). Default: repair, built-in lexicon. */
  spin?: SpinOptions;
}

/** What an entry of the transform list sees when it works out its plugin's options. */
export interface TransformContext {
  settings: CleanupSettings;
  /** Path of the seed being cleaned, as the build knows it. */
  seedPath: string;
}
