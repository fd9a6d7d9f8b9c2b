// The build's first pass over a seeds folder: read and parse every seed (without cleaning it) so
// the cleanup can learn what recurs across the folder. Only a summary of each seed is kept, not
// its tree. A seed that cannot be read or parsed is skipped here; the second pass reports it.
import { statisticsOf, summarizeSeed, type CorpusStatistics, type SeedSummary } from '../corpus-statistics.ts';
import { ingest } from '../ingest.ts';
import { parseSeed } from '../parse.ts';
import path from 'node:path';
import type { SeedFile } from './seed-files.ts';
import { readSeed } from './read-seed.ts';

export async function gatherFolderStatistics(seeds: readonly SeedFile[]): Promise<CorpusStatistics> {
  const parsed: SeedSummary[] = [];
  for (const seed of seeds) {
    try {
      const { text } = ingest(await readSeed(seed.path, seed.folder ?? path.dirname(seed.path)), seed.path);
      parsed.push(summarizeSeed({ path: seed.path, tree: parseSeed(text, seed.kind, seed.path).tree }));
    } catch {
      // Reported with its reason when the seed itself is built.
    }
  }
  return statisticsOf(parsed);
}
