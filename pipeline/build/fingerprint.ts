// Cache keys: what an output depends on (seed bytes, settings, templates, the pipeline's own code).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

// The code and look of the pipeline: any edit here invalidates every output. Lock file too, so a
// dependency upgrade (pdfkit, epub-gen-memory) rebuilds as well.
const sources = ['pipeline', 'templates', 'package.json', 'package-lock.json'];

let pipelineHash: Promise<string> | undefined;

/** One hash of the pipeline's sources, templates and dependency versions, computed once per process. */
export function pipelineFingerprint(): Promise<string> {
  pipelineHash ??= hashSources();
  return pipelineHash;
}

async function hashSources(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    for (const file of await filesUnder(path.join(projectRoot, source))) {
      hash.update(path.relative(projectRoot, file)).update('\0');
      hash.update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

async function filesUnder(target: string): Promise<string[]> {
  try {
    const entries = await readdir(target, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [target];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

/** The sha256 of a seed's bytes: what the cache keys and the folder pass know a seed by. */
export function digestOf(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

/** Key of one book's outputs: its inputs' bytes (as `digestOf` gives them), the settings that shape it, and the pipeline. */
export function cacheKey(pipeline: string, settings: unknown, inputs: readonly Uint8Array[]): string {
  const hash = createHash('sha256').update(pipeline).update('\0').update(JSON.stringify(settings)).update('\0');
  for (const digest of inputs) hash.update(digest);
  return hash.digest('hex');
}
