// The folder pass's job for a worker thread: a seed's bytes in, what the folder statistics keep of
// it out (corpus-statistics.ts). Run on the pool so that the tree of a very large seed is built in a
// thread whose heap the book's own build then reuses, rather than in the build's thread on top of it.
import { summarizeSeed } from '../corpus-statistics.ts';
import { ingest } from '../ingest.ts';
import { parseSeed } from '../parse.ts';
import type { SeedKind } from '../book.ts';

export interface SummaryJob {
  path: string;
  kind: SeedKind;
  bytes: Uint8Array;
}

export interface SummaryResult {
  edges: string[];
  shingles: Uint32Array;
}

/** Undefined for a seed that cannot be read as text or parsed: the build reports it with its reason. */
export function summarizeSeedJob(job: SummaryJob): SummaryResult | undefined {
  try {
    const { text } = ingest(job.bytes, job.path);
    const { edges, shingles } = summarizeSeed({ path: job.path, tree: parseSeed(text, job.kind, job.path).tree });
    return { edges, shingles };
  } catch {
    return undefined;
  }
}
