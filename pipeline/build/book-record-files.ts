// A book's catalog files: its cover thumbnail and the record the catalog is made from. Made in the
// worker beside the outputs, written by the build with them, the record last.
import type { BookMetadata } from '../book.ts';
import type { VFile } from 'vfile';
import { renderCoverSvg } from '../render/cover.ts';
import { describeBookRecord, recordFileName, type BookFile, type BookRecord } from './book-record.ts';

export interface RecordedBook {
  metadata: BookMetadata;
  report: VFile;
  /** Words of the book's Markdown (`countWords`). */
  words: number;
}

/**
 * `files` are the book's outputs that will be in out/ (this build's and earlier ones still fresh);
 * returns the record and the [name, bytes] pairs to write, the record last so a catalog step never
 * lists a book whose files are not all in place.
 */
export function bookRecordFiles(built: RecordedBook, files: BookFile[], reportFile: string | undefined, buildDate: Date): { record: BookRecord; files: Array<[string, Uint8Array]> } {
  const { slug } = built.metadata;
  const cover = `${slug}.cover.svg`;
  const record = describeBookRecord({ metadata: built.metadata, report: built.report, words: built.words, files, cover, reportFile, buildDate });
  const encoder = new TextEncoder();
  return {
    record,
    files: [
      [cover, encoder.encode(renderCoverSvg(built.metadata))],
      [recordFileName(slug), encoder.encode(`${JSON.stringify(record, null, 2)}\n`)],
    ],
  };
}
