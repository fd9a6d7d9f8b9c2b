// educatePunctuation does remark-smartypants' work with one parse instead of two: it must give the
// same text as remark-smartypants itself (with the options typography used), node for node.
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { educatePunctuation } from '../../pipeline/text/smart-punctuation.ts';

const reference = unified().use(remarkSmartypants, { dashes: false, backticks: false, ellipses: true });

function textValues(markdown: string, educate: (tree: Root) => void): string[] {
  const tree = unified().use(remarkParse).parse(markdown);
  educate(tree);
  const values: string[] = [];
  visit(tree, 'text', (node) => void values.push(node.value));
  return values;
}

const bothWays = (markdown: string) => ({
  ours: textValues(markdown, educatePunctuation),
  theirs: textValues(markdown, (tree) => reference.runSync(tree)),
});

describe('educatePunctuation', () => {
  it('curls quotes across emphasis, links and code, and sets spaced and unspaced ellipses', () => {
    const markdown = [
      `"Hello," she said... 'It's the '80s.' "'Quoted' words in a quote."`,
      `*"Emphasis"* and **'bold'** [a "link"](https://example.org) \`code "kept"\` 'tis done . . . and .... more`,
      `# "A heading" . . .`,
      `> "A quote... ' with a stray mark`,
    ].join('\n\n');
    const { ours, theirs } = bothWays(markdown);
    expect(ours).toEqual(theirs);
    expect(ours.join('')).toContain('“Hello,” she said…');
    expect(ours.join('')).toContain('’80s');
    expect(ours.join('')).toContain('done … and');
  });

  it('gives remark-smartypants’ text for any mix of words, quotes, dots and Markdown', () => {
    const token = fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z]{1,6}$/) },
      { weight: 4, arbitrary: fc.constantFrom('"', "'", '.', '..', '...', '. . .', '....', ',', '!', '?', "'80s", "'s", '(', ')') },
      { weight: 4, arbitrary: fc.constant(' ') },
      { weight: 2, arbitrary: fc.constantFrom('*', '**', '_', '`', '[', '](u)', '#', '>', '- ', '\n', '\n\n', '  ', '\t') },
    );
    const markdown = fc.array(token, { maxLength: 40 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(markdown, (text) => {
        const { ours, theirs } = bothWays(text);
        expect(ours).toEqual(theirs);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
