// The optional config file at the project root, validated (config-schema.ts, loaded only when there
// is a file), and turned into build settings.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildSettings } from '../index.ts';
import { pageSizes, type PageSize } from '../render/pdf/style.ts';
import type { CleanupSettings } from '../transforms/settings.ts';
import type { BookOptions, Config } from './config-schema.ts';

export type { BookOptions, Collection, Config } from './config-schema.ts';

/** Looked for, in this order, in the folder the build runs from. */
export const configFileNames = ['ebook.config.json', 'ebook.config.yaml', 'ebook.config.yml'] as const;

// The book options of config-schema.ts, named here so that no schema is loaded to read them;
// `everyKeyListed` fails to compile when one is added there and not here.
const bookOptionKeys = ['formats', 'pageSize', 'language', 'captions', 'transforms'] as const;
const everyKeyListed: Exclude<keyof BookOptions, (typeof bookOptionKeys)[number]> extends never ? true : never = true;
void everyKeyListed;

/** The page size of that name, whatever its case ("a4", "LETTER"). */
export function pageSizeNamed(name: string): PageSize | undefined {
  return pageSizes.find((size) => size.toLowerCase() === name.toLowerCase());
}

/** A config file or a front-matter `ebook:` block that does not fit: names the file, the key and the problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the first config file found in `root`, or the one given; no file means an empty config. */
export async function loadConfig(root: string, explicitFile?: string): Promise<{ config: Config; file?: string }> {
  const candidates = explicitFile ? [explicitFile] : configFileNames.map((name) => path.join(root, name));
  for (const file of candidates) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicitFile) continue;
      throw new ConfigError(`${file}: cannot be read (${(error as Error).message}).`);
    }
    const { parseConfig } = await import('./config-schema.ts');
    return { config: parseConfig(text, file), file };
  }
  return { config: {} };
}

/** Book options (config, then a seed's own overrides on top) as pipeline settings. */
export function settingsFrom(...layers: BookOptions[]): Omit<BuildSettings, 'buildDate'> {
  const settings: Omit<BuildSettings, 'buildDate'> = {};
  const cleanup: CleanupSettings = {};
  for (const layer of layers) {
    for (const key of bookOptionKeys) {
      if (layer[key] === undefined) continue;
      // The cleanup's own settings (transforms/settings.ts); everything else is a BuildSettings field.
      if (key === 'transforms') cleanup.transforms = { ...cleanup.transforms, ...layer.transforms };
      else if (key === 'captions') cleanup.captions = layer.captions!;
      else Object.assign(settings, { [key]: layer[key] });
    }
  }
  if (Object.keys(cleanup).length > 0) settings.cleanup = cleanup;
  return settings;
}
