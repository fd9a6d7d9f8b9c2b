// A deterministic corpus for `npm run bench`: article-like seeds with the defects real scraped
// text has (hard wraps, runs of spaces, CRLF, boilerplate lines, captions, duplicated paragraphs),
// made from a fixed random seed so every run measures the same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// mulberry32: a tiny, well-known PRNG; Math.random cannot be seeded.
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'harbour ferry council morning river market winter bread walk station village engineer weather ' +
  'tide bridge garden teacher letter window evening lantern orchard miller quarry festival cargo ' +
  'timber mayor spring carriage island signal meadow workshop clock library platform ledger ' +
  'season fisher kettle harvest valley copper canal lighthouse shepherd chapel ribbon parcel'
).split(' ');
const verbs = 'said walked opened carried noticed built closed watched argued planned repaired waited'.split(' ');
const boilerplate = ['Advertisement', 'Share this article', 'Subscribe to our newsletter', 'Read more:', 'Click here to comment'];

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: Random): string {
  const length = 8 + Math.floor(random() * 18);
  const parts: string[] = [];
  for (let index = 0; index < length; index += 1) parts.push(index === 3 ? pick(random, verbs) : pick(random, words));
  let text = parts.join(random() < 0.15 ? '  ' : ' ');
  if (random() < 0.2) text = `"${text}," the ${pick(random, words)} ${pick(random, verbs)}`;
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  const sentences = 2 + Math.floor(random() * 5);
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

// Hard wraps at a column, as plain-text exports and e-mail do.
function hardWrap(text: string, column: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > column) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** One article of about `targetBytes`, with a title and the usual defects. */
export function article(random: Random, targetBytes: number, markdown: boolean): string {
  const title = `The ${pick(random, words)} of the ${pick(random, words)}`.replace(/^./, (letter) => letter.toUpperCase());
  const blocks: string[] = [];
  let size = 0;
  let previous = '';
  while (size < targetBytes) {
    const roll = random();
    let block: string;
    if (roll < 0.04) block = pick(random, boilerplate);
    else if (roll < 0.07) block = `Photo: A ${pick(random, words)} near the ${pick(random, words)}. (AP)`;
    else if (roll < 0.09 && previous) block = previous; // a scraper's duplicated paragraph
    else block = paragraph(random);
    if (random() < 0.5) block = hardWrap(block, 60 + Math.floor(random() * 20));
    if (random() < 0.1) block = block.replace(/\n/g, '  \n'); // trailing spaces
    blocks.push(block);
    previous = block;
    size += block.length + 2;
  }
  const body = blocks.join('\n\n');
  const text = markdown ? `---\ntitle: ${title}\nauthor: ${pick(random, words)} ${pick(random, words)}\n---\n\n${body}\n` : `${title}\n\n${body}\n`;
  return random() < 0.2 ? text.replace(/\n/g, '\r\n') : text;
}

export interface CorpusOptions {
  seeds: number;
  minBytes: number;
  maxBytes: number;
  /** Fixed seed for the generator; the same seed always writes the same corpus. */
  seed?: number;
}

/** Writes the corpus into `dir`; returns the total bytes written. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<number> {
  await mkdir(dir, { recursive: true });
  const random = randomFrom(options.seed ?? 20240501);
  let total = 0;
  for (let index = 0; index < options.seeds; index += 1) {
    const markdown = random() < 0.3;
    const target = options.minBytes + Math.floor(random() * (options.maxBytes - options.minBytes));
    const text = article(random, target, markdown);
    const bytes = Buffer.from(text, 'utf8');
    total += bytes.byteLength;
    await writeFile(path.join(dir, `article-${String(index).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`), bytes);
  }
  return total;
}

/** One very large plain-text seed (a book-length dump) of about `bytes`. */
export async function writeBigSeed(file: string, bytes: number): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const text = article(randomFrom(7), bytes, false);
  await writeFile(file, text);
  return Buffer.byteLength(text);
}
