// Ingest: the seed's bytes become clean Unicode text (decoded, no BOM, no stray controls, LF line ends, NFC).
import { decodeSeed } from './decode-seed.ts';
import { SeedError } from './seed-error.ts';

/** Something ingest did to the text that the report must show (it happens before there is a tree). */
export interface IngestNote {
  ruleId: 'detect-encoding' | 'remove-control-characters';
  reason: string;
  /** Line of the first place concerned, when there is one. */
  line?: number;
}

export interface IngestedSeed {
  text: string;
  notes: IngestNote[];
}

// C0 and C1 controls other than tab and line ends: XML (so EPUB) forbids most of them, and none is meant as text.
const strayControls = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

export function ingest(bytes: Uint8Array, seedPath: string): IngestedSeed {
  const decoded = decodeSeed(bytes, seedPath);
  const notes: IngestNote[] = [];
  if (decoded.detected) {
    const { name, confidence } = decoded.detected;
    const guess = name === decoded.encoding ? name : `${name}, read as ${decoded.encoding}`;
    notes.push({ ruleId: 'detect-encoding', reason: `Not UTF-8: decoded as ${decoded.encoding} (detected ${guess}, confidence ${confidence}%); check accented letters and quotes` });
  }
  // A form feed is an old page break: keep it as a paragraph break rather than drop it.
  let text = decoded.text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
  const first = text.search(strayControls);
  if (first !== -1) {
    const count = text.match(strayControls)!.length;
    notes.push({
      ruleId: 'remove-control-characters',
      reason: `Removed ${count} control character${count === 1 ? '' : 's'} (such as NUL) that are not text`,
      line: text.slice(0, first).split('\n').length,
    });
    text = text.replace(strayControls, '');
  }
  text = text.normalize('NFC');
  if (text.trim() === '') {
    throw new SeedError(seedPath, 'is empty (no text to build a book from).', 'Add text to it or remove it from the seeds folder.');
  }
  return { text, notes };
}
