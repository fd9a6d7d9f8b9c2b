// After a book's outputs are in out/: its cover thumbnail and the record the catalog is made from.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltBook } from '../index.ts';
import { renderCoverSvg } from '../render/cover.ts';
import { describeBookRecord, recordFileName, type BookFile } from './book-record.ts';
import { writeAtomic } from './write-atomic.ts';

/** `outputs` are the file names written for the book, relative to `outDir`. */
export async function writeBookRecord(built: BuiltBook, outputs: string[], outDir: string, buildDate: Date): Promise<void> {
  const { slug } = built.book.metadata;
  const cover = `${slug}.cover.svg`;
  await writeAtomic(path.join(outDir, cover), new TextEncoder().encode(renderCoverSvg(built.book.metadata)));
  // Exact names: `<slug>.report.md` is Markdown too, but it is the cleanup report, not the book.
  const formats: Record<string, BookFile['format']> = { [`${slug}.epub`]: 'epub', [`${slug}.pdf`]: 'pdf', [`${slug}.md`]: 'markdown' };
  const files: BookFile[] = [];
  for (const name of outputs) {
    const format = formats[name];
    if (format) files.push({ format, name, bytes: (await stat(path.join(outDir, name))).size });
  }
  const reportFile = outputs.find((name) => name === `${slug}.report.md`);
  const record = describeBookRecord({ metadata: built.book.metadata, report: built.report, markdown: built.outputs.markdown, files, cover, reportFile, buildDate });
  // Written last, so a catalog step never lists a book whose files are not all in place.
  await writeAtomic(path.join(outDir, recordFileName(slug)), new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
}
