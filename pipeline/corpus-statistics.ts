// Statistics over all seeds of a folder, gathered by the build in a first pass and handed to the
// cleanup: paragraphs that recur at the start or end of many seeds (boilerplate no rule names),
// and seeds that are near copies of each other. Pure: trees in, statistics out.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wordsOf } from './text/words.ts';

export interface CorpusStatistics {
  /** Paragraphs found among the first or last few blocks of at least `minSeeds` seeds. */
  edgeBoilerplate: Array<{ text: string; seeds: number }>;
  /** For a seed path, another seed of the folder it nearly duplicates. */
  nearDuplicates: Record<string, { of: string; similarity: number }>;
}

export interface CorpusOptions {
  /** How many seeds a paragraph must recur in to be boilerplate. Default: `3`. */
  minSeeds?: number;
  /** How many blocks at each edge of a seed are looked at. Default: `6`. */
  edgeBlocks?: number;
  /** Share of word 5-grams two seeds must have in common to be near copies. Default: `0.5`. */
  duplicateThreshold?: number;
}

export interface CorpusSeed {
  path: string;
  tree: Root;
}

/** How a paragraph is compared across seeds: its words, lower-cased, one space apart. */
export function boilerplateKey(text: string): string {
  return wordsOf(text).join(' ');
}

export function gatherCorpusStatistics(seeds: readonly CorpusSeed[], options: CorpusOptions = {}): CorpusStatistics {
  const minSeeds = options.minSeeds ?? 3;
  const edgeBlocks = options.edgeBlocks ?? 6;
  const counts = new Map<string, number>();
  for (const seed of seeds) {
    // The first block is the title, which is the article's own.
    const blocks = seed.tree.children.slice(1).filter((node) => node.type === 'paragraph').map((node) => boilerplateKey(toString(node)));
    const edges = new Set([...blocks.slice(0, edgeBlocks), ...blocks.slice(-edgeBlocks)].filter(Boolean));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const edgeBoilerplate = [...counts]
    .filter(([, count]) => count >= minSeeds)
    .map(([text, count]) => ({ text, seeds: count }))
    .sort((a, b) => b.seeds - a.seeds || a.text.localeCompare(b.text));
  return { edgeBoilerplate, nearDuplicates: findNearDuplicates(seeds, options.duplicateThreshold ?? 0.5) };
}

// Jaccard similarity of word 5-gram sets, which survives small edits but not a different article.
// Shared 5-grams are counted through an index from 5-gram to seeds, so only seeds that share any
// text are ever compared (a folder of a thousand unrelated articles stays fast).
function findNearDuplicates(seeds: readonly CorpusSeed[], threshold: number): CorpusStatistics['nearDuplicates'] {
  const shingles = seeds.map((seed) => shingleSet(wordsOf(toString(seed.tree))));
  const holders = new Map<string, number[]>();
  shingles.forEach((set, seed) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (list) list.push(seed);
      else holders.set(shingle, [seed]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    // A 5-gram in very many seeds is boilerplate, not evidence of a copied article.
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const key = `${list[i]} ${list[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const found: CorpusStatistics['nearDuplicates'] = {};
  for (const [key, count] of shared) {
    const [i, j] = key.split(' ').map(Number) as [number, number];
    const similarity = count / (shingles[i]!.size + shingles[j]!.size - count);
    if (similarity < threshold) continue;
    const [a, b] = [seeds[i]!.path, seeds[j]!.path];
    if (!found[a] || found[a].similarity < similarity) found[a] = { of: b, similarity };
    if (!found[b] || found[b].similarity < similarity) found[b] = { of: a, similarity };
  }
  return found;
}

function shingleSet(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let index = 0; index + 5 <= words.length; index += 1) set.add(words.slice(index, index + 5).join(' '));
  if (set.size === 0 && words.length > 0) set.add(words.join(' '));
  return set;
}
