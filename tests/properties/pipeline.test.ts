// Properties of the pure pipeline (no disk) for arbitrary text, checked with fast-check.
import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { SeedKind } from '../../pipeline/book.ts';
import { cleanSeed } from '../../pipeline/index.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { isSeedError } from '../../pipeline/seed-error.ts';
import { parseMarkdownBack, squash } from '../helpers/judges.ts';

// Modest run counts keep the suite fast; a failure prints its seed and the shrunk input to replay.
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

/** Text as scrapes look: words, Markdown and HTML syntax, odd spaces and line ends, other scripts, controls. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 2, arbitrary: fc.constantFrom('*', '_', '#', '>', '-', '+', '1.', '`', '```', '~~~', '|', '\\', '[x](javascript:alert(1))', '<script>', '</p>', '&amp;', '&#x41;', '<!--', '-->', '---', '***', '![a](b)', '[^1]', '<b>', '  ', '\t', '\u00a0') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n \n', '\f') },
  { weight: 1, arbitrary: fc.constantFrom('שלום', 'مرحبا', 'e\u0301', 'q\u0307\u0323', '👩🏽‍🚀', '🇺🇦', 'Ελληνικά', '日本語', '\u200b', '\u0000', '\u0007', '\u0085') },
);
const scrapedText = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' ').replace(/ (\n|\r)/g, '$1'));
const anyText = fc.oneof(scrapedText, fc.string({ unit: 'binary', maxLength: 200 }));
const kind = fc.constantFrom<SeedKind>('text', 'markdown');

async function clean(text: string, seedKind: SeedKind) {
  const bytes = new TextEncoder().encode(text);
  const { book, report } = await cleanSeed({ path: `seed.${seedKind === 'text' ? 'txt' : 'md'}`, bytes, kind: seedKind, slug: 'seed' });
  return { book, report, markdown: new TextDecoder().decode(renderMarkdown(book)) };
}

/** Runs `check` on the cleaned seed, or accepts a typed SeedError (an explained refusal) instead. */
async function cleanedOrRefused(text: string, seedKind: SeedKind, check: (cleaned: Awaited<ReturnType<typeof clean>>) => void | Promise<void>) {
  let cleaned;
  try {
    cleaned = await clean(text, seedKind);
  } catch (error) {
    if (isSeedError(error)) return;
    throw error;
  }
  await check(cleaned);
}

const bodyText = (markdown: string) => {
  const tree = parseMarkdownBack(markdown);
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  return squash(toString(tree));
};

describe('the pipeline, for arbitrary text', () => {
  it('returns a book or a typed SeedError that names the file, never another throw', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, kind, async (text, seedKind) => {
        try {
          await clean(text, seedKind);
        } catch (error) {
          expect(isSeedError(error), String(error)).toBe(true);
          expect((error as Error).message).toMatch(/^seed\.(txt|md): /);
        }
      }),
      runs,
    );
  });

  it('writes Markdown that parses back to the same text (plain-text seeds)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        await cleanedOrRefused(text, 'text', ({ book, markdown }) => {
          expect(bodyText(markdown)).toBe(squash(toString(book.tree)));
        });
      }),
      runs,
    );
  });

  it('keeps every word of a plain-text seed, or reports where it went', async () => {
    await fc.assert(
      fc.asyncProperty(scrapedText, async (text) => {
        await cleanedOrRefused(text, 'text', ({ markdown, report }) => {
          const output = bodyText(markdown);
          const reported = report.messages.map((message) => message.actual ?? '').join(' ');
          for (const word of ingest(new TextEncoder().encode(text), 'seed.txt').text.split(/\s+/).filter(Boolean)) {
            expect(output.includes(word) || reported.includes(word), `"${word}" is lost`).toBe(true);
          }
        });
      }),
      runs,
    );
  });

  it('is idempotent: cleaning its own Markdown output again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, kind, async (text, seedKind) => {
        await cleanedOrRefused(text, seedKind, async ({ markdown }) => {
          const again = await clean(markdown, 'markdown');
          expect(again.markdown).toBe(markdown);
        });
      }),
      // Found by earlier runs: break marks on lines of their own, joined into "* *" on the first pass;
      // a Markdown seed whose last line, under the title the first pass gave it, read as a button.
      { ...runs, examples: [['a\n *\n *', 'text'], ['[x](javascript:alert(1))', 'markdown'], ['|', 'markdown']] },
    );
  });

  it('is deterministic: the same seed gives the same Markdown and report', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, kind, async (text, seedKind) => {
        await cleanedOrRefused(text, seedKind, async (first) => {
          const second = await clean(text, seedKind);
          expect(second.markdown).toBe(first.markdown);
          expect(second.report.messages.map(String)).toEqual(first.report.messages.map(String));
        });
      }),
      { numRuns: 50 },
    );
  });
});
