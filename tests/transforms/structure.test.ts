// The structure rules together, as the pipeline runs them on whole plain-text seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { cleanSeed } from '../../pipeline/index.ts';
import type { CleanupSettings } from '../../pipeline/transforms/settings.ts';
import { keepMarkup } from '../helpers/books.ts';

async function clean(text: string, kind: 'text' | 'markdown' = 'text', settings: CleanupSettings = {}) {
  return cleanSeed({ path: kind === 'text' ? 'seed.txt' : 'seed.md', bytes: new TextEncoder().encode(text), kind, slug: 'seed' }, settings);
}

function types(tree: Root): string[] {
  return tree.children.map((node) => node.type);
}

describe('structure recognition on whole seeds', () => {
  it('places changes to an unwrapped paragraph at its lines, not at the whole seed', async () => {
    const wrapped = 'a line of a wrapped paragraph that goes on for a while';
    const text = `Title\n\n${Array.from({ length: 6 }, () => wrapped).join('\n')}\n\nThe second  paragraph\nis wrapped too, and it's short.\n`;
    const { report } = await clean(text);
    expect(report.messages.some((message) => message.ruleId === 'unwrap-hard-wraps')).toBe(true);
    const later = report.messages.filter((message) => message.ruleId === 'normalize-whitespace' || message.ruleId === 'typography');
    expect(later.map((message) => [message.ruleId, message.line])).toEqual([
      ['normalize-whitespace', 10],
      // Typography places its change at the line of the apostrophe.
      ['typography', 11],
    ]);
  });

  it('moves a byline and a dateline into the metadata and reports the move', async () => {
    const { book, report } = await clean('The Harbour Wall\n\nBy Ana Ruiz\nUpdated 14:05 GMT, 3 March 2024\n\nThe wall was built in one summer.');
    expect(book.metadata).toMatchObject({ title: 'The Harbour Wall', author: 'Ana Ruiz', date: '2024-03-03' });
    expect(toString(book.tree)).not.toContain('Ana Ruiz');
    const moves = report.messages.filter((message) => message.ruleId === 'extract-byline');
    expect(moves.map((message) => message.actual)).toEqual(['By Ana Ruiz', 'Updated 14:05 GMT, 3 March 2024']);
  });

  it('takes a job title after a comma off the author, and the first of two labelled dates', async () => {
    const { book } = await clean('Tram Works Delayed\n\nBy Priya Anand, Transport Correspondent\nPublished: 14 November 2024 | Updated: 15 November 2024\n\nWork will not begin until 2027.');
    expect(book.metadata).toMatchObject({ author: 'Priya Anand', date: '2024-11-14' });
    expect(toString(book.tree)).toBe('Tram Works DelayedWork will not begin until 2027.');
    const both = await clean('Tram Works Delayed\n\nBy Priya Anand, Tom Webb\n\nWork will not begin until 2027.');
    expect(both.book.metadata.author).toBe('Priya Anand, Tom Webb');
  });

  it('lets front matter win over a byline in Markdown, but still takes the byline out of the body', async () => {
    const { book } = await clean('---\nauthor: Marta Quill\n---\n\n# Bread\n\nBy M. Quill\n\nText.', 'markdown');
    expect(book.metadata.author).toBe('Marta Quill');
    expect(toString(book.tree)).not.toContain('M. Quill');
  });

  it('keeps Markdown-looking plain text literal where it stands inside prose', async () => {
    const text = 'Title\n\n2020. A year to forget.\n\n# not a heading\n\nHe wrote in the margin of the ledger that the ratio was always 3\n> 2 in winter, and that <b>bold</b> and *stars* were only his marks.';
    // The cleanup's strip-html and typography rules are off: this is about what structure leaves alone.
    const { book } = await clean(text, 'text', keepMarkup);
    expect(types(book.tree)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(book.tree.children.slice(1).map((node) => toString(node))).toEqual([
      '2020. A year to forget.',
      '# not a heading',
      'He wrote in the margin of the ledger that the ratio was always 3 > 2 in winter, and that <b>bold</b> and *stars* were only his marks.',
    ]);
  });

  it('joins a two-line paragraph whose wrap falls after a sentence, and leaves a short last sentence a paragraph', async () => {
    const prose = [
      'Title',
      '',
      'The crews slept in the ticket hall when the sea would not let them home.',
      'The kiosk sold soup instead of postcards, and nobody complained much.',
      '',
      'The islanders had lived with the weather for longer than there had been',
      'a timetable, and they planned around it as they planned around the tide.',
      '',
      'It worked.',
    ].join('\n');
    const { book } = await clean(prose);
    expect(types(book.tree)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(toString(book.tree.children[1])).toBe('The crews slept in the ticket hall when the sea would not let them home. The kiosk sold soup instead of postcards, and nobody complained much.');
    expect(toString(book.tree.children[3])).toBe('It worked.');
  });

  it('joins the wrapped lines of a list item, however short', async () => {
    const { book } = await clean('Fire\n\n1. Rake the embers back.\n2. Lay a log across them,\n   bark side down.\n3. Close the damper.');
    const list = book.tree.children[1];
    expect(list?.type).toBe('list');
    expect(list?.type === 'list' && list.children.map((item) => toString(item))).toEqual(['Rake the embers back.', 'Lay a log across them, bark side down.', 'Close the damper.']);
  });

  it('gives the sample essay its sections, scene break, quoted couplet and whole words', async () => {
    const bytes = readFileSync(new URL('../../seeds/on-walking-slowly.txt', import.meta.url));
    const { book } = await cleanSeed({ path: 'on-walking-slowly.txt', bytes, kind: 'text', slug: 'on-walking-slowly' });
    const headings = book.tree.children.filter((node) => node.type === 'heading').map((node) => [node.depth, toString(node)]);
    expect(headings).toEqual([[1, 'ON WALKING SLOWLY'], [2, 'I.'], [2, 'II.'], [2, 'III.']]);
    expect(types(book.tree)).toContain('thematicBreak');
    const quote = book.tree.children.find((node) => node.type === 'blockquote');
    expect(quote && toString(quote)).toBe('A road walked slowly is a different road;the map is the same, the country is not.');
    let breaks = 0;
    visit(quote!, 'break', () => void breaks++);
    expect(breaks).toBe(1);
    const body = toString(book.tree);
    expect(body).toContain('spring’s patience.');
    expect(body).toContain('It is closer to a confession: an admission');
    // Every wrap of the prose is undone: no line end is left inside a paragraph's text.
    visit(book.tree, 'text', (node) => void expect(node.value).not.toContain('\n'));
  });
});
