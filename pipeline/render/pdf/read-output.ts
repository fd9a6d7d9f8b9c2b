// Takes pdfkit's output as it is made. pdfkit is a readable stream, but its whole layout runs in one
// synchronous stretch, during which a 'data' listener hears nothing (a stream starts flowing on the
// next tick): every chunk waited in the stream's own buffer, the small ones each in an array of its
// own and each page's compressed content as a view of zlib's 16 kB output buffer. A 50 MB PDF of a
// 20 MB seed held some 300 MB that way. Here the stream is read once a page is written out and
// its bytes copied into large blocks, so nothing of pdfkit's is kept.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** Bytes per block: large enough that a book needs few, small enough that the last one wastes little. */
const blockBytes = 1024 * 1024;

export class PdfOutput {
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(blockBytes);
  private used = 0;

  constructor(private readonly doc: Doc) {}

  /** Copies what pdfkit has written so far; call it after each page is written out. */
  take(): void {
    let chunk: Uint8Array | null;
    while ((chunk = this.doc.read() as Uint8Array | null) !== null) this.append(chunk);
  }

  /** Ends the document and gives its bytes, as one buffer of their own (the build moves it to another thread). */
  finish(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      // pdfkit may end the document later (a reference still waiting for its data), so the rest is
      // read as the stream flows.
      this.doc.on('data', (chunk: Uint8Array) => this.append(chunk));
      this.doc.on('end', () => resolve(this.joined()));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }

  private append(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.byteLength) {
      if (this.used === this.block.byteLength) {
        this.blocks.push(this.block);
        this.block = new Uint8Array(blockBytes);
        this.used = 0;
      }
      const length = Math.min(chunk.byteLength - offset, this.block.byteLength - this.used);
      this.block.set(chunk.subarray(offset, offset + length), this.used);
      this.used += length;
      offset += length;
    }
  }

  private joined(): Uint8Array {
    const total = this.blocks.length * blockBytes + this.used;
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const block of this.blocks) {
      bytes.set(block, offset);
      offset += block.byteLength;
    }
    bytes.set(this.block.subarray(0, this.used), offset);
    this.blocks.length = 0;
    return bytes;
  }
}
