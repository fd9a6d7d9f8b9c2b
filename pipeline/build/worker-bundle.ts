// The worker threads' code as one esbuild bundle: the pipeline's modules and most packages. Through
// tsx, each worker registered its loader, started a loader thread and sent every module through it:
// ~2 s of CPU per worker before its first book (a tenth of an EPUB-only build of 500 seeds on 2
// cores), against ~0.7 s from the bundle. The bundle is made once per version of the pipeline (the
// cache's fingerprint, which covers the lock file) and kept in node_modules/.cache; when it cannot be
// made, the workers load the TypeScript through tsx as before.
import { randomBytes, createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pipelineFingerprint } from './fingerprint.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = path.resolve(here, '../..');
const cacheFolder = path.join(projectRoot, 'node_modules', '.cache', 'ebook-pipeline');
/** Where the workers start without a bundle: plain JavaScript that loads worker-jobs.ts through tsx. */
export const tsxWorkerEntry = new URL('./worker-entry.mjs', import.meta.url).href;
/** Bundles of other versions are removed once they are this old (a running watch may still use one). */
const keepOldBundlesMs = 24 * 60 * 60 * 1000;

let entry: Promise<string> | undefined;

/** File URL of the workers' entry module: the bundle, made if missing, or tsx's entry if that fails. */
export function workerEntry(): Promise<string> {
  entry ??= bundledEntry().catch(() => tsxWorkerEntry);
  return entry;
}

async function bundledEntry(): Promise<string> {
  // The sources' hash, and where they are: the bundle names its modules' own file URLs.
  const key = createHash('sha256').update(await pipelineFingerprint()).update('\0').update(projectRoot).digest('hex').slice(0, 20);
  const folder = path.join(cacheFolder, `worker-${key}`);
  const file = path.join(folder, 'worker-jobs.mjs');
  if (!(await exists(file))) await makeBundle(folder);
  return pathToFileURL(file).href;
}

async function makeBundle(folder: string): Promise<void> {
  const { build } = await import('esbuild');
  // Made aside and renamed into place, so a build running beside this one never loads half a bundle.
  const making = `${folder}.${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await build({
      entryPoints: [path.join(here, 'worker-jobs.ts')],
      bundle: true,
      // The PDF renderer (and pdfkit with it) stays a chunk of its own, loaded when a PDF is asked for.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages are bundled too (loading some 300 files of theirs was half of what was left), but
      // for native code, those that read files of their own beside their code (pdfkit's font
      // metrics), and piscina, whose transfer marks must be the ones the pool's own copy knows.
      external: ['@resvg/resvg-js', 'pdfkit', 'fontkit', 'piscina', 'esbuild'],
      // What CommonJS packages require at run time is resolved from the bundle's folder, in node_modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      outdir: making,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
      plugins: [ownFileUrls],
    });
    await rename(making, folder);
  } catch (error) {
    await rm(making, { recursive: true, force: true });
    // Another build made it first: theirs is the same bundle.
    if (await exists(path.join(folder, 'worker-jobs.mjs'))) return;
    throw error;
  }
  await removeOldBundles(folder);
}

/** Each module keeps its own `import.meta.url` (templates, data, fonts and word lists are found relative to it). */
const ownFileUrls = {
  name: 'own-file-urls',
  setup(build: { onLoad(options: { filter: RegExp }, load: (args: { path: string }) => Promise<{ contents: string; loader: 'ts' | 'js' } | undefined>): void }) {
    build.onLoad({ filter: /\.(ts|js|mjs|cjs)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

async function removeOldBundles(current: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheFolder).catch(() => [] as string[])) {
    const folder = path.join(cacheFolder, name);
    if (!name.startsWith('worker-') || folder === current) continue;
    const info = await stat(folder).catch(() => undefined);
    if (info && now - info.mtimeMs > keepOldBundlesMs) await rm(folder, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
