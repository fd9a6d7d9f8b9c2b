import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseSeed } from '../pipeline/parse.ts';
import { bookTimestamp, describeBook } from '../pipeline/metadata.ts';

function describeText(text: string, kind: 'text' | 'markdown') {
  const { tree, frontMatter } = parseSeed(text, kind, 'x');
  const metadata = describeBook(tree, new VFile({ data: { frontMatter } }), 'slug');
  return { tree, metadata };
}

describe('describeBook', () => {
  it('takes the title from the first heading, defaults the language of a short text, describes it by its opening', () => {
    expect(describeText('My Title\n\nBody.', 'text').metadata).toEqual({ title: 'My Title', language: 'en', slug: 'slug', description: 'Body.' });
  });

  it('describes a book by its prose, not by a contents list kept as lines', () => {
    const { tree } = parseSeed('The Keeper\n\nI. The Storm\nII. The Wreck\n\nThe wind had been rising since noon.', 'text', 'x');
    // As unwrap-hard-wraps leaves a list of short lines: one paragraph, its lines parted by breaks.
    tree.children[1] = { type: 'paragraph', children: [{ type: 'text', value: 'I. The Storm' }, { type: 'break' }, { type: 'text', value: 'II. The Wreck' }] };
    expect(describeBook(tree, new VFile({ data: { frontMatter: {} } }), 'slug').description).toBe('The wind had been rising since noon.');
  });

  it('reads a plain English post as English, not as Scots (franc scores them within a hair)', () => {
    const post = [
      'The Bus Route That Taught Me Civil Engineering',
      'What twelve years of commuting on the 47 taught me about roads',
      'Every weekday for twelve years I rode the 47 from the edge of town to the university. It is a slow route: forty minutes for nine kilometres, most of it spent at two junctions.',
      'I started timing them. The first junction lost us four minutes on a bad day because the bus lane ended just before the lights. The second lost us six, because the stop sat right after a right turn and the bus had to wait for the whole queue to clear.',
      'When the city finally moved the stop fifty metres down the road, the route got three minutes faster overnight. Nobody built anything. They moved a pole.',
      'That is most of civil engineering, I have come to think: knowing where the pole should go.',
    ].join('\n\n');
    expect(describeText(post, 'text').metadata.language).toBe('en');
  });

  it('detects the language of the text, and front matter overrides it', () => {
    const german = 'Der alte Fährmann kannte jede Strömung des Flusses. Jeden Morgen brachte er die Kinder über das Wasser zur Schule, und am Abend holte er sie wieder ab, bei Regen wie bei Sonnenschein. Niemand im Dorf konnte sich an eine Zeit ohne ihn erinnern.';
    expect(describeText(`Der Fährmann\n\n${german}`, 'text').metadata.language).toBe('de');
    expect(describeText(`---\nlanguage: en-GB\n---\n\n# Der Fährmann\n\n${german}`, 'markdown').metadata.language).toBe('en-GB');
  });

  it('describes a book by its first sentences, cut at a sentence end', () => {
    const sentence = 'The harbour was quiet that morning, with only the gulls arguing over the nets.';
    const { metadata } = describeText(`Title\n\n${sentence} ${sentence} ${sentence} ${sentence}`, 'text');
    expect(metadata.description).toBe(`${sentence} ${sentence} ${sentence}`);
    expect(describeText('---\ndescription: Given.\n---\n\nText here.', 'markdown').metadata.description).toBe('Given.');
  });

  it('prefers front matter, and keeps a YAML date as a calendar day', () => {
    const { metadata } = describeText('---\ntitle: Front\nauthor: A. Writer\ndate: 2024-03-14\nlang: fr\ntags: a, b\n---\n\n# Heading\n\nBody.', 'markdown');
    expect(metadata).toMatchObject({ title: 'Front', author: 'A. Writer', date: '2024-03-14', language: 'fr', keywords: ['a', 'b'] });
  });

  it('adds a title heading when the Markdown has none', () => {
    const { tree } = describeText('---\ntitle: Given\n---\n\nJust a paragraph.', 'markdown');
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Given' }] });
  });

  it('turns an ISO date into the timestamp the outputs are stamped with, and ignores free text', () => {
    const at = (date: string) => bookTimestamp({ title: 't', language: 'en', slug: 's', date })?.toISOString();
    expect(at('2024-03-14')).toBe('2024-03-14T00:00:00.000Z');
    expect(at('2024-03-14T10:30:00+02:00')).toBe('2024-03-14T08:30:00.000Z');
    expect(at('March 14, 2024')).toBeUndefined();
    expect(at('2024-13-45')).toBeUndefined();
  });
});
