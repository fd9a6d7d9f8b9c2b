// Statistics over all seeds of a folder, gathered by the build in a first pass and handed to the
// cleanup: paragraphs that recur at the start or end of many seeds (boilerplate no rule names),
// and seeds that are near copies of each other. Pure: trees in, statistics out.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachWord, wordsOf } from './text/words.ts';

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

/**
 * What the statistics need of one seed, kept instead of its tree while the folder is read: the
 * keys of its edge paragraphs and the hashes of its word 5-grams (a 20 MB seed's tree and 5-gram
 * strings took gigabytes; its hashes take 4 bytes a 5-gram).
 */
export interface SeedSummary {
  path: string;
  /** Boilerplate keys of the paragraphs at its start and end (the title left out). */
  edges: string[];
  /** Hashes of its word 5-grams, sorted, each once. */
  shingles: Uint32Array;
}

/** How a paragraph is compared across seeds: its words, lower-cased, one space apart. */
export function boilerplateKey(text: string): string {
  return wordsOf(text).join(' ');
}

export function gatherCorpusStatistics(seeds: readonly CorpusSeed[], options: CorpusOptions = {}): CorpusStatistics {
  return statisticsOf(seeds.map((seed) => summarizeSeed(seed, options)), options);
}

export function summarizeSeed(seed: CorpusSeed, options: CorpusOptions = {}): SeedSummary {
  const edgeBlocks = options.edgeBlocks ?? 6;
  // The first block is the title, which is the article's own.
  const paragraphs = seed.tree.children.slice(1).filter((node) => node.type === 'paragraph');
  const edges = [...paragraphs.slice(0, edgeBlocks), ...paragraphs.slice(-edgeBlocks)].map((node) => boilerplateKey(toString(node)));
  return { path: seed.path, edges: [...new Set(edges.filter(Boolean))], shingles: shingleHashes(toString(seed.tree)) };
}

export function statisticsOf(seeds: readonly SeedSummary[], options: CorpusOptions = {}): CorpusStatistics {
  const minSeeds = options.minSeeds ?? 3;
  const counts = new Map<string, number>();
  for (const seed of seeds) {
    for (const key of seed.edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const edgeBoilerplate = [...counts]
    .filter(([, count]) => count >= minSeeds)
    .map(([text, count]) => ({ text, seeds: count }))
    .sort((a, b) => b.seeds - a.seeds || a.text.localeCompare(b.text));
  return { edgeBoilerplate, nearDuplicates: findNearDuplicates(seeds, options.duplicateThreshold ?? 0.5) };
}

// Jaccard similarity of word 5-gram sets, which survives small edits but not a different article.
// Shared 5-grams are found by sorting every (5-gram, seed) pair of the folder by 5-gram, so only
// seeds that share any text are ever compared (a folder of a thousand unrelated articles stays fast).
function findNearDuplicates(seeds: readonly SeedSummary[], threshold: number): CorpusStatistics['nearDuplicates'] {
  const total = seeds.reduce((sum, seed) => sum + seed.shingles.length, 0);
  // hash · 2^21 + seed fits a double exactly (32 + 21 bits), and sorts by hash, then by seed.
  const keys = new Float64Array(total);
  let filled = 0;
  seeds.forEach((seed, index) => {
    for (const hash of seed.shingles) keys[filled++] = hash * seedSlots + index;
  });
  keys.sort();
  const shared = new Map<number, number>();
  for (let start = 0; start < total; ) {
    const hash = Math.floor(keys[start]! / seedSlots);
    let end = start + 1;
    while (end < total && Math.floor(keys[end]! / seedSlots) === hash) end += 1;
    // A 5-gram in very many seeds is boilerplate, not evidence of a copied article.
    if (end - start >= 2 && end - start <= 50) {
      for (let i = start; i < end; i += 1) {
        for (let j = i + 1; j < end; j += 1) {
          const pair = (keys[i]! % seedSlots) * seedSlots + (keys[j]! % seedSlots);
          shared.set(pair, (shared.get(pair) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  const found: CorpusStatistics['nearDuplicates'] = {};
  for (const [pair, count] of [...shared].sort((a, b) => a[0] - b[0])) {
    const [i, j] = [Math.floor(pair / seedSlots), pair % seedSlots];
    const similarity = count / (seeds[i]!.shingles.length + seeds[j]!.shingles.length - count);
    if (similarity < threshold) continue;
    const [a, b] = [seeds[i]!.path, seeds[j]!.path];
    if (!found[a] || found[a].similarity < similarity) found[a] = { of: b, similarity };
    if (!found[b] || found[b].similarity < similarity) found[b] = { of: a, similarity };
  }
  return found;
}

// Room for 2^21 (two million) seeds in a sort key.
const seedSlots = 2 ** 21;

/**
 * Hashes (32-bit FNV-1a) of the word 5-grams of a text, sorted and each once; a text of fewer than
 * five words gives one hash for all its words. Two different 5-grams share a hash about once in four
 * billion comparisons: far too rare to move a similarity near the threshold.
 */
function shingleHashes(text: string): Uint32Array {
  const hashes: number[] = [];
  const window: number[] = [];
  for (const word of eachWord(text)) {
    window.push(fnv1a(word));
    if (window.length > 5) window.shift();
    if (window.length === 5) hashes.push(combine(window));
  }
  if (hashes.length === 0 && window.length > 0) hashes.push(combine(window));
  const sorted = Uint32Array.from(hashes).sort();
  return sorted.filter((hash, index) => index === 0 || sorted[index - 1] !== hash);
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

function combine(words: readonly number[]): number {
  let hash = 0x811c9dc5 ^ words.length;
  for (const word of words) {
    for (let shift = 0; shift < 32; shift += 8) hash = Math.imul(hash ^ ((word >>> shift) & 0xff), 0x01000193);
  }
  return hash >>> 0;
}
