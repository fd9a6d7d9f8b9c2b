import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../pipeline/build/cache-record.ts';
import { epubCheck, pdfText, qpdfCheck, squash } from '../helpers/judges.ts';
import { inProcessBuilder, statusOf } from '../helpers/build-in-process.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

const build = inProcessBuilder();

describe('a collection of seeds built as one anthology', async () => {
  const { root, seeds, out } = await seedFolder('collection', {
    'river.txt': 'The River at Dawn\n\nMist lay on the water before the first boats came out.\n',
    'hills.md': '---\ntitle: Walking the Hills\nauthor: Ana Ruiz\n---\n\nThe path climbs slowly.\n\n# A Second Top Heading\n\nIt stays inside its chapter.\n',
    'unused.txt': 'Not Bound\n\nThis seed is not in the collection.\n',
  });
  const collections = [{ slug: 'country-pieces', title: 'Country Pieces', author: 'Various', seeds: ['seeds/hills.md', 'seeds/river.txt'] }];
  const summary = await build({ seedsDirs: [seeds], outDir: out, root, collections });

  it('builds the anthology beside the single books', () => {
    expect(statusOf(summary)).toEqual({ 'country-pieces': 'built', hills: 'built', river: 'built', unused: 'built' });
  });

  it('has one EPUB chapter per seed, in order, listed in the contents with its own headings inside, and passes EPUBCheck', async () => {
    const file = path.join(out, 'country-pieces.epub');
    const zip = await JSZip.loadAsync(await readFile(file));
    const nav = (await zip.file(/toc\.xhtml$/)[0]?.async('string')) ?? '';
    const entries = [...nav.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]]);
    expect(entries).toEqual([
      ['text-1.xhtml', 'Walking the Hills'],
      ['text-1.xhtml#a-second-top-heading', 'A Second Top Heading'],
      ['text-2.xhtml', 'The River at Dawn'],
    ]);
    // The member's own heading is nested under its title, not beside it.
    expect(nav).toMatch(/Walking the Hills<\/a>\s*<ol>\s*<li><a href="text-1\.xhtml#a-second-top-heading">/);
    expect(Object.keys(zip.files).filter((name) => /text-\d\.xhtml$/.test(name)).sort()).toEqual(['OEBPS/text-1.xhtml', 'OEBPS/text-2.xhtml']);
    const check = await epubCheck(file);
    expect(check.errors, check.output).toBe(0);
    expect(check.warnings, check.output).toBe(0);
  });

  it('puts every chapter in the PDF and the Markdown, with a single depth-1 heading each', async () => {
    const pdf = path.join(out, 'country-pieces.pdf');
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    const text = squash(await pdfText(pdf));
    expect(text).toContain('Mist lay on the water');
    expect(text).toContain('The path climbs slowly.');
    const markdown = await readFile(path.join(out, 'country-pieces.md'), 'utf8');
    expect(markdown.match(/^# .*/gm)).toEqual(['# Walking the Hills', '# The River at Dawn']);
    expect(markdown).toContain('## A Second Top Heading');
    expect(markdown).toMatch(/^title: Country Pieces$/m);
  });

  it('records the collection and its sources for the catalog', async () => {
    const record = await readRecord(out, 'country-pieces');
    expect(record?.kind).toBe('collection');
    expect(record?.sources).toEqual([path.join(seeds, 'hills.md'), path.join(seeds, 'river.txt')]);
    expect(record?.metadata.title).toBe('Country Pieces');
  });

  it('rebuilds when a member changes, and fails clearly when a member is missing', async () => {
    await writeFile(path.join(seeds, 'river.txt'), 'The River at Dawn\n\nMist lay on the water.\n');
    expect(statusOf(await build({ seedsDirs: [seeds], outDir: out, root, collections }))['country-pieces']).toBe('built');
    const broken = await build({ seedsDirs: [seeds], outDir: out, root, collections: [{ ...collections[0]!, seeds: ['seeds/hills.md', 'seeds/gone.txt'] }] });
    expect(broken.results.find((result) => result.slug === 'country-pieces')?.error).toBe('collection "country-pieces" lists seeds/gone.txt, which is not a .txt or .md seed that exists. Check the path.');
  });
});
