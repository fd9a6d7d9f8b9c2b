// What the stages share on a seed's VFile besides its messages: front matter in, metadata found out.
import type { BookMetadata } from './book.ts';
import type { FrontMatter } from './parse.ts';

declare module 'vfile' {
  interface DataMap {
    /** Front matter of a Markdown seed, as parsed (untrusted: read it through `describeBook`). */
    frontMatter: FrontMatter;
    /** Metadata the transforms recognised in the text (a byline, a masthead). */
    foundMetadata: Partial<BookMetadata>;
  }
}

export {};
