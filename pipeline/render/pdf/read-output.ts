// Takes pdfkit's output as it is made. pdfkit is a readable stream, but its whole layout runs in one
// synchronous stretch, during which a 'data' listener hears nothing (a stream starts flowing on the
// next tick): every chunk waited in the stream's own buffer, the small ones each in an array of its
// own and each page's compressed content as a view of zlib's 16 kB output buffer. A 50 MB PDF of a
// 20 MB seed held some 300 MB that way. Here the stream is read once a page is written out and
// its bytes copied into one growing buffer, so nothing of pdfkit's is kept.
import type PDFDocument from 'pdfkit';
import { GrowingBytes } from '../../growing-bytes.ts';

type Doc = InstanceType<typeof PDFDocument>;

export class PdfOutput {
  private readonly output = new GrowingBytes();

  constructor(private readonly doc: Doc) {}

  /** Copies what pdfkit has written so far; call it after each page is written out. */
  take(): void {
    let chunk: Uint8Array | null;
    while ((chunk = this.doc.read() as Uint8Array | null) !== null) this.output.append(chunk);
  }

  /** Ends the document and gives its bytes, in a buffer of their own (the build moves it to another thread). */
  finish(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      // pdfkit may end the document later (a reference still waiting for its data), so the rest is
      // read as the stream flows.
      this.doc.on('data', (chunk: Uint8Array) => this.output.append(chunk));
      this.doc.on('end', () => resolve(this.output.bytes()));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
