import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline/ingest.ts';
import { SeedError } from '../pipeline/seed-error.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array) => ingest(bytes, 'a.txt').text;

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
    expect(textOf(encode('\uFEFFTitle\r\n\r\nOne\rTwo\n'))).toBe('Title\n\nOne\nTwo\n');
  });

  it('composes characters to NFC', () => {
    expect(textOf(encode('Cafe\u0301'))).toBe('Caf\u00e9');
  });

  it('keeps right-to-left text, combining marks without a precomposed form, and emoji', () => {
    const text = 'שלום עולם — مرحبا بالعالم\n\nq\u0307\u0323 👩🏽‍🚀 🇺🇦\n';
    expect(textOf(encode(text))).toBe(text.normalize('NFC'));
    expect(ingest(encode(text), 'a.txt').notes).toEqual([]);
  });

  it('decodes UTF-16 with either byte order mark', () => {
    expect(textOf(utf16('Hello “world”', 'le'))).toBe('Hello “world”');
    expect(textOf(utf16('Hello “world”', 'be'))).toBe('Hello “world”');
  });

  it('decodes Windows-1252 (curly quotes as 0x93/0x94) and says so in a note', () => {
    const seed = 'A Title\n\n\u201cIt\u2019s fine,\u201d she said \u2014 caf\u00e9, na\u00efve, r\u00e9sum\u00e9.\n';
    const { text, notes } = ingest(iconv.encode(seed, 'windows-1252'), 'old.txt');
    expect(text).toBe(seed);
    expect(notes).toEqual([expect.objectContaining({ ruleId: 'detect-encoding', reason: expect.stringMatching(/decoded as Windows-1252/) })]);
  });

  it('decodes Latin-1 text, reading it as Windows-1252', () => {
    const seed = 'Le ch\u00e2teau est tr\u00e8s \u00e9l\u00e9gant, \u00e0 c\u00f4t\u00e9 de la for\u00eat. Gar\u00e7on!\n';
    const { text, notes } = ingest(iconv.encode(seed, 'latin1'), 'old.txt');
    expect(text).toBe(seed);
    expect(notes[0]?.reason).toMatch(/detected ISO-8859-1, read as Windows-1252/);
  });

  it('rejects a binary file, naming it', () => {
    expect(() => ingest(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'seeds/picture.txt')).toThrowError(
      /seeds\/picture\.txt: is not a text file/,
    );
  });

  it('removes stray NUL and other control characters from real text, with a note giving the line', () => {
    const { text, notes } = ingest(encode('Title\n\nSome text\u0000 with a bell\u0007 and a C1\u0085 control.\fNext page.\n'), 'a.txt');
    expect(text).toBe('Title\n\nSome text with a bell and a C1 control.\n\nNext page.\n');
    expect(notes).toEqual([{ ruleId: 'remove-control-characters', reason: expect.stringMatching(/Removed 3 control characters/), line: 3 }]);
  });

  it('rejects bytes that are neither UTF-8 nor a recognisable encoding, naming the file, the byte and the fix', () => {
    const error = captureError(() => ingest(new Uint8Array([0x48, 0x69, 0x93, 0x20, 0xff]), 'seeds/old.txt'));
    expect(error).toBeInstanceOf(SeedError);
    expect(error.message).toBe('seeds/old.txt: is not valid UTF-8 (byte 0x93 on line 1) and its encoding could not be recognised. Re-save it with UTF-8 encoding.');
  });

  it('rejects UTF-8 mixed with another encoding rather than garble the valid part', () => {
    const bytes = new Uint8Array([...encode('Caf\u00e9 au lait, d\u00e9j\u00e0 vu.\nLine two '), 0x93, ...encode('quoted'), 0x94, 0x0a]);
    expect(() => ingest(bytes, 'mixed.txt')).toThrowError('mixed.txt: mixes UTF-8 with bytes of another encoding (first invalid byte 0x93 on line 2). Re-save the whole file as UTF-8, fixing that line.');
  });

  it('rejects an empty or blank seed', () => {
    expect(() => ingest(encode(''), 'e.txt')).toThrowError(/e\.txt: is empty/);
    expect(() => ingest(encode(' \n\t\r\n'), 'e.txt')).toThrowError(/e\.txt: is empty/);
    expect(() => ingest(encode('\u0000\n'), 'e.txt')).toThrowError(/e\.txt: is empty/);
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
