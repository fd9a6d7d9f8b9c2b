// Sharding: a stable share of the books per machine, decided by the hash of the output name alone.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 0-based index of this share. */
  index: number;
  count: number;
}

/** Parses `i/n`, 1-based as CI matrices count (1/4 … 4/4). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 1/4), not "${text}"`);
  return { index: index - 1, count };
}

/** True when the book named `slug` belongs to `shard`; the same slug always lands on the same share. */
export function inShard(slug: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const hash = createHash('sha256').update(slug).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index;
}
