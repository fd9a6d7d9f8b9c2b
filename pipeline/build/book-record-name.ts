// The book record's version and file name, apart from book-record.ts so that reading records (the
// catalog step of every build) does not load the change report that writing them needs.

/** Bumped when the shape changes; the catalog skips records of another version. */
export const bookRecordFormat = 'ebook-pipeline/book-record@1';

export const recordSuffix = '.book.json';

export function recordFileName(slug: string): string {
  return `${slug}${recordSuffix}`;
}
