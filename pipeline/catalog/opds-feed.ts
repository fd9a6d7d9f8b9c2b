// The OPDS 1.2 acquisition feed out/opds.xml, for e-reader apps: one Atom entry per book.
import ejs from 'ejs';
import { loadTemplate } from '../templates.ts';
import { stableId, type CatalogEntry } from './catalog-entry.ts';

export const acquisitionFeedType = 'application/atom+xml;profile=opds-catalog;kind=acquisition';

export interface OpdsFeedOptions {
  title: string;
  /** Used for the feed's <updated> when there are no books. */
  emptyUpdated: Date;
}

export function renderOpdsFeed(entries: CatalogEntry[], options: OpdsFeedOptions): string {
  // The feed changed when its newest book did; taking it from the records keeps the feed reproducible.
  const updated = entries.map((entry) => entry.record.built).sort().at(-1) ?? options.emptyUpdated.toISOString();
  return ejs.render(loadTemplate('catalog/opds.xml.ejs'), {
    id: stableId('catalog'),
    title: options.title,
    updated,
    feedType: acquisitionFeedType,
    entries,
  });
}
