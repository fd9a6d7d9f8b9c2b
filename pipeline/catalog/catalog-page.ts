// The catalog page out/index.html: one self-contained file (CSS and script inline, no external assets).
import { createHash } from 'node:crypto';
import ejs from 'ejs';
import { loadTemplate } from '../templates.ts';
import type { CatalogEntry } from './catalog-entry.ts';

export interface CatalogPageOptions {
  /** Heading and document title. */
  title: string;
}

export function renderCatalogPage(entries: CatalogEntry[], options: CatalogPageOptions): string {
  const style = loadTemplate('catalog/catalog.css');
  const script = loadTemplate('catalog/filter.js');
  return ejs.render(loadTemplate('catalog/index.html.ejs'), {
    title: options.title,
    countText: `${entries.length} book${entries.length === 1 ? '' : 's'}`,
    entries,
    style,
    script,
    // The page allows exactly its own style and script: even a title that slipped past escaping could not run.
    styleHash: contentHash(style),
    scriptHash: contentHash(script),
  });
}

function contentHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
