// A long, deterministic book-like text for the scaling tests: paragraphs of our own made-up prose
// with quotations (straight quotes at the start and end of blocks, as typography must curl them),
// chapters, and paragraphs printed twice, as scrapers do.
import { randomFrom } from '../../pipeline/build/bench-corpus.ts';

const nouns = (
  'kiln ferryman almanac barge cistern drover lamplighter quay thresher mill ledger orchard tinsmith weir causeway beacon ' +
  'bellows granary hayloft cooper saddler moorland chandler tollgate wheelwright brewhouse flax loom spindle pasture ' +
  'harness lantern quarry ropewalk smithy tannery thatch furrow sluice dovecote'
).split(' ');
const verbs = 'mended counted hauled signalled painted measured folded weighed sharpened'.split(' ');

export interface LongTextOptions {
  /** About how many characters. */
  size: number;
  /** Share of paragraphs that repeat the one before (0–1). Default: 0.02. */
  duplicates?: number;
  /** A chapter heading every this many paragraphs. Default: none. */
  chapterEvery?: number;
  seed?: number;
}

/** Plain text: a title, then blank-line paragraphs (and `CHAPTER n` lines if asked). */
export function longText(options: LongTextOptions): string {
  const random = randomFrom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (): string => {
    const words = Array.from({ length: 6 + Math.floor(random() * 10) }, (_, index) => (index === 2 ? pick(verbs) : pick(nouns)));
    const text = `${words.join(' ')}.`;
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  };
  const paragraph = (): string => {
    const body = Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(' ');
    const roll = random();
    if (roll < 0.2) return `"${body}"`;
    if (roll < 0.3) return `'${body.slice(0, -1)},' said the ${pick(nouns)}.`;
    if (roll < 0.4) return `${body} "${sentence()}"`;
    return body;
  };
  const blocks = ['The Long Almanac'];
  let size = 0;
  let count = 0;
  while (size < options.size) {
    count += 1;
    if (options.chapterEvery && count % options.chapterEvery === 1) blocks.push(`CHAPTER ${Math.ceil(count / options.chapterEvery)}`);
    const last = blocks[blocks.length - 1]!;
    const block = random() < (options.duplicates ?? 0.02) && blocks.length > 1 && !last.startsWith('CHAPTER') ? last : paragraph();
    blocks.push(block);
    size += block.length + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}
