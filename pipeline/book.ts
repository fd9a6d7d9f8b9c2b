// The one shape every renderer receives: metadata plus the cleaned tree.
import type { Root } from 'mdast';

export interface BookMetadata {
  /** Title shown on the cover, in the package metadata and in the running header. */
  title: string;
  /** Author from a byline or front matter; absent rather than made up. */
  author?: string;
  /** Publication or site the text came from (e.g. a newspaper masthead). */
  source?: string;
  /** Publication date as written in the seed or its front matter (ISO 8601 when known). */
  date?: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** File-name-safe identifier of the seed, used for output names. */
  slug: string;
  /** Keywords from front matter. */
  keywords?: string[];
  /** Short description, from front matter or the opening sentences. */
  description?: string;
}

export interface Book {
  metadata: BookMetadata;
  /** Cleaned mdast; its first node is the depth-1 title heading. */
  tree: Root;
}

export type SeedKind = 'text' | 'markdown';
