// What the stages share on a seed's VFile besides its messages: front matter in, metadata found out.
import type { BookMetadata, SeedKind } from './book.ts';
import type { FrontMatter } from './parse.ts';

declare module 'vfile' {
  interface DataMap {
    /** Front matter of a Markdown seed, as parsed (untrusted: read it through `describeBook`). */
    frontMatter: FrontMatter;
    /** What the seed was parsed as; the line-level structure rules read plain text only. */
    seedKind: SeedKind;
    /** Metadata the transforms recognised in the text (a byline, a masthead). */
    foundMetadata: Partial<BookMetadata>;
  }
}

export {};
