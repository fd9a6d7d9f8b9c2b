import { describe, expect, it } from 'vitest';
import { GrowingBytes } from '../pipeline/growing-bytes.ts';

describe('GrowingBytes', () => {
  it('gives back every piece in order, across several growths of its buffer', () => {
    const pieces = [3, 5 * 1024 * 1024, 0, 1, 4 * 1024 * 1024 - 4, 7].map((length, index) => new Uint8Array(length).fill(index + 1));
    const output = new GrowingBytes();
    for (const piece of pieces) output.append(piece);
    const bytes = output.bytes();
    expect(bytes.byteLength).toBe(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
    expect(Buffer.from(bytes).equals(Buffer.concat(pieces))).toBe(true);
    // Trimmed to what was written: the whole buffer can be moved to another thread as the file.
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('can be moved to another thread', () => {
    const output = new GrowingBytes();
    output.append(new TextEncoder().encode('moved whole'));
    const bytes = output.bytes();
    const moved = structuredClone(bytes, { transfer: [bytes.buffer] });
    expect(new TextDecoder().decode(moved)).toBe('moved whole');
    expect(bytes.byteLength).toBe(0);
  });

  it('gives an empty buffer when nothing was written', () => {
    expect(new GrowingBytes().bytes().byteLength).toBe(0);
  });
});
