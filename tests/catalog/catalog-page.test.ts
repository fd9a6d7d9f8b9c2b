// The catalog page written by every build, and `npm run catalog` rebuilding it from out/ alone.
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogSeeds } from '../helpers/catalog-seeds.ts';
import { runCatalog } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { downloadName } from '../../pipeline/catalog/download-name.ts';

describe('out/index.html after build:all', async () => {
  const root = await tempDir('catalog-page');
  const out = await buildCatalogSeeds(root);
  const html = await readFile(path.join(out, 'index.html'), 'utf8');

  it('lists every book once, sorted by title', () => {
    const titles = [...html.matchAll(/<h2 id="[^"]*">([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(titles).toEqual(['&lt;script&gt;alert(1)&lt;/script&gt;', 'Notes from a Café Terrace', 'Tide Tables for Small Harbours']);
  });

  it('shows a markup title as text: no script element but the page’s own', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain('data-search="&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('allows only its own inline style and script (CSP hashes match the inline code)', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(html).toContain(`script-src '${hash(script)}'`);
    expect(html).toContain(`style-src '${hash(style)}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('uses no external assets', () => {
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) expect(reference).not.toMatch(/^(?!data:)(?:[a-z]+:|\/\/)/i);
  });

  it('links every output with its real size and a download name from the title', async () => {
    for (const [format, extension, label] of [['epub', 'epub', 'EPUB'], ['pdf', 'pdf', 'PDF'], ['markdown', 'md', 'Markdown']] as const) {
      const size = (await stat(path.join(out, `tide-tables.${extension}`))).size;
      const shown = size < 1000 ? `${size} bytes` : `${Math.round(size / 1000)} kB`;
      expect(html).toContain(
        `<a href="tide-tables.${extension}" type="${format === 'epub' ? 'application/epub+zip' : format === 'pdf' ? 'application/pdf' : 'text/markdown'}" download="${downloadName('Tide Tables for Small Harbours', format)}">${label} <span class="size">${shown}</span></a>`,
      );
    }
  });

  it('shows byline, date, length, reading time, cleanup summary and cover', async () => {
    expect(html).toContain('<p class="byline">Ines Varga, The Coastal Almanac</p>');
    expect(html).toContain('<dd>2023-06-02</dd>');
    expect(html).toMatch(/<dd>\d+ words · 1 min read<\/dd>/);
    // The café seed has runs of spaces: its summary line names the whitespace fixes and links the report.
    expect(html).toMatch(/<dd>[1-9]\d* changes?: [^<]*\bwhitespace\b[^<]*; quality \d+\/100[^<]* · <a href="cafe-notes\.report\.md" type="text\/markdown">report<\/a><\/dd>/);
    expect(html).toContain('<img class="cover" src="tide-tables.cover.svg" alt=""');
    expect((await readFile(path.join(out, 'tide-tables.cover.svg'), 'utf8'))).toContain('Tide Tables');
  });

  it('has landmarks and a labelled search box', () => {
    for (const landmark of ['<header', '<main>', '<footer>', 'role="search"']) expect(html).toContain(landmark);
    expect(html).toContain('<label for="search">');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('prefers-color-scheme: dark');
  });
});

describe('npm run catalog', async () => {
  const root = await tempDir('catalog-cli');
  const out = await buildCatalogSeeds(path.join(root, 'a'), { 'tide-tables.md': '---\ntitle: Tide Tables\n---\n\nHigh water comes later each day.\n' });
  const shard = await buildCatalogSeeds(path.join(root, 'b'), { 'lantern.txt': 'The Lantern Maker\n\nHe cut the tin by hand.\n' });

  it('lists books that another build put into the same out/', async () => {
    for (const name of await readdir(shard)) if (name.startsWith('lantern.')) await copyFile(path.join(shard, name), path.join(out, name));
    const result = await runCatalog(['--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Catalog: 2 books');
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('The Lantern Maker');
    expect(html).toContain('Tide Tables');
    expect(await readFile(path.join(out, 'opds.xml'), 'utf8')).toContain('<title>The Lantern Maker</title>');
  });

  it('is reproducible: the same out/ gives the same bytes', async () => {
    const first = await readFile(path.join(out, 'index.html'));
    await runCatalog(['--out', out]);
    expect(await readFile(path.join(out, 'index.html'))).toEqual(first);
  });

  it('drops a link whose file is gone and skips a broken record, saying which', async () => {
    await rm(path.join(out, 'lantern.pdf'));
    await writeFile(path.join(out, 'broken.book.json'), '{"format": "ebook-pipeline/book-record@1", "metadata": {"title": "X", "slug": "broken"}, "files": [{"format": "epub", "name": "../../etc/passwd"}]}');
    const result = await runCatalog(['--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`skipped ${path.join(out, 'broken.book.json')}: lists an output that is not a file in this folder`);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('href="lantern.epub"');
    expect(html).not.toContain('href="lantern.pdf"');
    expect(html).not.toContain('passwd');
  });

  it('shows a hand-edited record with fields of the wrong types without breaking or losing the book', async () => {
    const recordPath = path.join(out, 'lantern.book.json');
    const record = JSON.parse(await readFile(recordPath, 'utf8'));
    record.metadata.author = { name: 'object' };
    record.metadata.keywords = 'not-a-list';
    record.words = 'many';
    await writeFile(recordPath, JSON.stringify(record));
    const result = await runCatalog(['--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('The Lantern Maker');
    expect(html).not.toContain('[object Object]');
    expect(html).toContain('<dd>0 words · ');
  });

  it('says what to do when the folder is missing', async () => {
    const result = await runCatalog(['--out', path.join(root, 'nowhere')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`catalog: the folder "${path.join(root, 'nowhere')}" does not exist; run npm run build:all first`);
  });
});

describe('downloadName', () => {
  it.each([
    ['Tide Tables for Small Harbours', 'epub', 'Tide Tables for Small Harbours.epub'],
    ['<script>alert(1)</script>', 'pdf', 'script alert(1) script.pdf'],
    ['Where? Here: a/b\\c', 'markdown', 'Where Here a b c.md'],
    ['Ça va — déjà vu', 'epub', 'Ça va — déjà vu.epub'],
    ['...', 'epub', 'book.epub'],
  ] as const)('%s (%s) → %s', (title, format, name) => {
    expect(downloadName(title, format)).toBe(name);
  });
});
