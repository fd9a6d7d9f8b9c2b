// Bytes made a piece at a time (a PDF page by page, a report line by line) and handed on whole. They
// go into one resizable buffer, which grows in place (the system hands it pages as they are written)
// and is handed on as it is. Gathered in pieces and copied into one buffer at the end, a 20 MB seed's
// 50 MB PDF and 33 MB report were each held twice at the end of its job, where its peak was.
import { constants } from 'node:buffer';

// Resizable buffers are ES2024, in Node since 20; the project's TypeScript library is older.
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

/** Grown at least this much at a time, so a long book resizes its buffer a few dozen times, not thousands. */
const growthBytes = 4 * 1024 * 1024;

export class GrowingBytes {
  // Reserved up to Node's largest buffer: address space, not memory, until written.
  private readonly buffer = new ResizableArrayBuffer(0, { maxByteLength: constants.MAX_LENGTH });
  private view = new Uint8Array(this.buffer);
  private used = 0;

  append(chunk: Uint8Array): void {
    const needed = this.used + chunk.byteLength;
    if (needed > this.buffer.byteLength) {
      this.buffer.resize(Math.min(constants.MAX_LENGTH, Math.max(needed, this.buffer.byteLength + growthBytes)));
      // A view made before a resize keeps its old length.
      this.view = new Uint8Array(this.buffer);
    }
    this.view.set(chunk, this.used);
    this.used = needed;
  }

  /** Everything appended, in the buffer itself (trimmed to its length): append nothing after. */
  bytes(): Uint8Array {
    this.buffer.resize(this.used);
    return new Uint8Array(this.buffer, 0, this.used);
  }
}
