import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest.ts';
import { SeedError } from '../pipeline/seed-error.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + index * 2);
  }
  return bytes;
}

describe('ingest', () => {
  it('drops a UTF-8 byte order mark and turns CRLF and lone CR into LF', () => {
    expect(ingest(encode('\uFEFFTitle\r\n\r\nOne\rTwo\n'), 'a.txt')).toBe('Title\n\nOne\nTwo\n');
  });

  it('composes characters to NFC', () => {
    expect(ingest(encode('Cafe\u0301'), 'a.txt')).toBe('Caf\u00e9');
  });

  it('decodes UTF-16 with either byte order mark', () => {
    expect(ingest(utf16('Hello “world”', 'le'), 'a.txt')).toBe('Hello “world”');
    expect(ingest(utf16('Hello “world”', 'be'), 'a.txt')).toBe('Hello “world”');
  });

  it('rejects a binary file, naming it', () => {
    expect(() => ingest(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'seeds/picture.txt')).toThrowError(
      /seeds\/picture\.txt: is not a text file/,
    );
  });

  it('rejects bytes that are not UTF-8, naming the file and the fix', () => {
    const error = captureError(() => ingest(new Uint8Array([0x48, 0x69, 0x93, 0x20, 0xff]), 'seeds/old.txt'));
    expect(error).toBeInstanceOf(SeedError);
    expect(error.message).toMatch(/seeds\/old\.txt: is not valid UTF-8 text\. Re-save it/);
  });

  it('rejects an empty or blank seed', () => {
    expect(() => ingest(encode(''), 'e.txt')).toThrowError(/e\.txt: is empty/);
    expect(() => ingest(encode(' \n\t\r\n'), 'e.txt')).toThrowError(/e\.txt: is empty/);
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
