// Ingest: the seed's bytes become clean Unicode text (UTF-8 decoded, no BOM, LF line ends, NFC).
import { SeedError } from './seed-error.ts';

export function ingest(bytes: Uint8Array, seedPath: string): string {
  const encoding = encodingFromByteOrderMark(bytes);
  if (encoding === 'utf-8' && looksBinary(bytes)) {
    throw new SeedError(seedPath, 'is not a text file (it contains NUL bytes).', 'Save it as plain UTF-8 text or remove it from the seeds folder.');
  }
  let text: string;
  try {
    // The decoder drops the byte order mark itself (ignoreBOM: false).
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SeedError(seedPath, `is not valid ${encoding.toUpperCase()} text.`, 'Re-save it with UTF-8 encoding.');
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') {
    throw new SeedError(seedPath, 'is empty (no text to build a book from).', 'Add text to it or remove it from the seeds folder.');
  }
  return text;
}

// A NUL byte never occurs in UTF-8 text a person wrote; it is the cheapest reliable binary sign.
function looksBinary(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, 8192);
  return window.includes(0);
}

function encodingFromByteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
