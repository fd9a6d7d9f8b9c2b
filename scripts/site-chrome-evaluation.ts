// Measures the whole cleanup on a labelled set of scraped pages (tests/fixtures/site-chrome*/): each
// case folder holds the scrape as input.txt (or input.md, a page saved as Markdown) and, as output.md, the cleaned Markdown body (title
// heading and text, no front matter) that the page's real article should give. Site chrome left in
// is counted as words the output has and the label lacks; real text lost as the reverse. Used by
// `npm run eval:chrome` and by a test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanSeed } from '../pipeline/index.ts';
import { renderMarkdown } from '../pipeline/render/markdown.ts';
import { wordsLost } from '../pipeline/text/words.ts';

export interface ChromeCaseResult {
  name: string;
  /** Words of site chrome in the scrape (words of the input the label lacks). */
  chromeWords: number;
  /** Chrome words still in the output. */
  chromeLeft: number;
  /** Words of the real article missing from the output. */
  realLost: number;
  /** Whether the book's title is the article's headline. */
  titleRight: boolean;
  /** Whether the output is exactly the label. */
  exact: boolean;
  /** The cleaned body, for a person to compare with the label. */
  actual: string;
  /** The label. */
  expected: string;
}

/** The cleaned Markdown body of one scrape: the title heading and the text, without front matter. */
export async function cleanedBody(input: string, kind: 'text' | 'markdown' = 'text'): Promise<string> {
  const seedPath = kind === 'text' ? 'input.txt' : 'input.md';
  const { book } = await cleanSeed({ path: seedPath, bytes: new TextEncoder().encode(input), kind, slug: 'article' });
  return new TextDecoder().decode(renderMarkdown(book)).replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

export async function evaluateSiteChrome(dir: string): Promise<ChromeCaseResult[]> {
  const results: ChromeCaseResult[] = [];
  for (const name of readdirSync(dir).sort()) {
    const kind = existsSync(path.join(dir, name, 'input.md')) ? 'markdown' : 'text';
    const input = readFileSync(path.join(dir, name, kind === 'text' ? 'input.txt' : 'input.md'), 'utf8');
    const expected = readFileSync(path.join(dir, name, 'output.md'), 'utf8');
    const actual = await cleanedBody(input, kind);
    results.push({
      name,
      chromeWords: wordsLost(input, expected),
      chromeLeft: wordsLost(actual, expected),
      realLost: wordsLost(expected, actual),
      titleRight: firstLine(actual) === firstLine(expected),
      exact: actual === expected,
      actual,
      expected,
    });
  }
  return results;
}

function firstLine(markdown: string): string {
  return markdown.split('\n', 1)[0]!;
}

/** Totals over a set: chrome words in the scrapes and left in the output, real words lost. */
export function totals(results: readonly ChromeCaseResult[]): { chromeWords: number; chromeLeft: number; realLost: number; titlesRight: number; exact: number } {
  const sum = (pick: (result: ChromeCaseResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  return {
    chromeWords: sum((result) => result.chromeWords),
    chromeLeft: sum((result) => result.chromeLeft),
    realLost: sum((result) => result.realLost),
    titlesRight: sum((result) => Number(result.titleRight)),
    exact: sum((result) => Number(result.exact)),
  };
}
