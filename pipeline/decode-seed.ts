// Decoding a seed's bytes: UTF-8 or UTF-16 by their marks, else a recognised legacy encoding, else a clear refusal.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SeedError } from './seed-error.ts';

export interface DecodedSeed {
  text: string;
  /** The encoding the bytes were read as, as the report names it. */
  encoding: string;
  /** Set when the encoding was guessed from the bytes (no UTF-8, no byte order mark). */
  detected?: { name: string; confidence: number };
}

/** How much of a seed is sampled to tell text from binary. */
const sampleSize = 64 * 1024;
/** Share of control bytes (other than tab, line ends, form feed, escape) above which a file is not text. */
const binaryShare = 0.05;
/** Lowest chardet confidence (0–100) we act on; its guesses for random bytes stay at 10. */
const minimumConfidence = 25;

export function decodeSeed(bytes: Uint8Array, seedPath: string): DecodedSeed {
  const marked = encodingFromByteOrderMark(bytes);
  if (marked !== 'utf-8') return { text: decodeStrictly(bytes, marked, seedPath), encoding: marked.toUpperCase() };
  if (looksBinary(bytes)) {
    throw new SeedError(seedPath, 'is not a text file (too many control bytes, such as NUL).', 'Save it as plain UTF-8 text, or remove it from the seeds folder.');
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const invalidAt = firstInvalidUtf8(bytes);
  if (hasMultiByteUtf8(bytes)) {
    // Valid UTF-8 characters beside invalid bytes: a legacy guess would garble the valid ones.
    throw new SeedError(
      seedPath,
      `mixes UTF-8 with bytes of another encoding (first invalid byte 0x${hex(bytes[invalidAt])} on line ${lineOf(bytes, invalidAt)}).`,
      'Re-save the whole file as UTF-8, fixing that line.',
    );
  }
  return decodeLegacy(bytes, seedPath, invalidAt);
}

function decodeLegacy(bytes: Uint8Array, seedPath: string, invalidAt: number): DecodedSeed {
  const guess = chardet.analyse(bytes.subarray(0, sampleSize))[0];
  const refuse = () =>
    new SeedError(
      seedPath,
      `is not valid UTF-8 (byte 0x${hex(bytes[invalidAt])} on line ${lineOf(bytes, invalidAt)}) and its encoding could not be recognised.`,
      'Re-save it with UTF-8 encoding.',
    );
  if (!guess || guess.confidence < minimumConfidence) throw refuse();
  // Browsers read ISO-8859-1 as Windows-1252 too: the same letters, plus curly quotes and dashes in 0x80–0x9F.
  const encoding = guess.name === 'ISO-8859-1' ? 'windows-1252' : guess.name;
  if (!iconv.encodingExists(encoding)) throw refuse();
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  if (!plausibleText(text)) throw refuse();
  return { text, encoding: displayName(encoding), detected: { name: guess.name, confidence: guess.confidence } };
}

function decodeStrictly(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', seedPath: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) throw new SeedError(seedPath, `is not valid ${encoding.toUpperCase()} text.`, 'Re-save it with UTF-8 encoding.');
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // The decoder drops the byte order mark itself (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function encodingFromByteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

// People's text has almost no control bytes; executables, images and archives have many.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, sampleSize);
  let controls = 0;
  for (const byte of sample) if (isSuspiciousControl(byte)) controls += 1;
  return controls > 0 && controls >= Math.max(2, sample.length * binaryShare);
}

function isSuspiciousControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b;
}

function plausibleText(text: string): boolean {
  if (text.includes('\uFFFD')) return false;
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return controls <= text.length * 0.01;
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    const length = sequenceLength(bytes[index]!);
    if (length > 1 && isContinued(bytes, index, length)) return true;
  }
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes[index]!);
    if (length === 0 || !isContinued(bytes, index, length)) return index;
    index += length;
  }
  return 0;
}

// Lead byte → sequence length, 0 for a byte that cannot start a sequence (overlongs 0xC0/0xC1, 0xF5+).
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

function isContinued(bytes: Uint8Array, index: number, length: number): boolean {
  for (let next = index + 1; next < index + length; next += 1) {
    const byte = bytes[next];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return false;
  }
  return true;
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let position = 0; position < index; position += 1) if (bytes[position] === 0x0a) line += 1;
  return line;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function displayName(encoding: string): string {
  return /^windows-/i.test(encoding) ? `Windows-${encoding.slice(8)}` : encoding.toUpperCase();
}
