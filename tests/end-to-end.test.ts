// Builds the project's own sample seeds with the real command and judges every output.
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { aceCheck, epubCheck, pandocEpubText, parseMarkdownBack, pdfFonts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash, wordsOf } from './helpers/judges.ts';
import { runBuildAll } from './helpers/run-cli.ts';
import { tempDir } from './helpers/temp-dir.ts';

const projectSeeds = fileURLToPath(new URL('../seeds/', import.meta.url));

describe('npm run build:all on the sample seeds', async () => {
  const root = await tempDir('e2e');
  const seeds = path.join(root, 'seeds');
  const out = path.join(root, 'out');
  await cp(projectSeeds, seeds, { recursive: true });
  const seedNames = (await readdir(seeds)).filter((name) => /\.(txt|md)$/.test(name));
  const slugs = seedNames.map((name) => name.replace(/\.(txt|md)$/, ''));
  const result = await runBuildAll(['--seeds', seeds, '--out', out]);

  it('builds every seed and exits 0', async () => {
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(seedNames.length).toBeGreaterThanOrEqual(3);
    const written = await readdir(out);
    for (const slug of slugs) expect(written).toEqual(expect.arrayContaining([`${slug}.md`, `${slug}.epub`, `${slug}.pdf`]));
  });

  it.each(slugs)('%s.epub passes EPUBCheck with 0 errors and 0 warnings', async (slug) => {
    const check = await epubCheck(path.join(out, `${slug}.epub`));
    expect(check.errors, check.output).toBe(0);
    expect(check.warnings, check.output).toBe(0);
  });

  it.each(slugs)('%s.epub passes DAISY Ace with no serious or critical violations', async (slug) => {
    const check = await aceCheck(path.join(out, `${slug}.epub`));
    expect(check.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'), check.output).toEqual([]);
  });

  it.each(slugs)('%s.epub, read back by pandoc, has the cleaned Markdown\'s text in the same order', async (slug) => {
    const markdown = parseMarkdownBack(await readFile(path.join(out, `${slug}.md`), 'utf8'));
    const expected: string[] = [];
    visit(markdown, (node, index, parent) => {
      // A reader shows the numbers of an ordered list; Markdown keeps them as syntax.
      if (node.type === 'listItem' && parent?.type === 'list' && parent.ordered) expected.push(String((parent.start ?? 1) + index!));
      if (node.type !== 'yaml' && 'value' in node && typeof node.value === 'string') expected.push(node.value);
    });
    const epub = await pandocEpubText(path.join(out, `${slug}.epub`));
    // pandoc gives the cover as its alternative text in brackets, before the book's own text.
    const cover = /^\s*(?:\[\]\s*)?\[Cover: [^\]]*\]\s*/.exec(epub);
    expect(cover, epub.slice(0, 300)).not.toBeNull();
    expect(wordsOf(epub.slice(cover![0].length))).toEqual(wordsOf(expected.join(' ')));
  });

  it('gives byte-identical outputs when the same seeds are built again', async () => {
    const again = path.join(root, 'out-again');
    const second = await runBuildAll(['--seeds', seeds, '--out', again]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    // Files in out/ and in its folders (the build's cache records in out/.books).
    const names = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(out, path.join(entry.parentPath, entry.name))).sort();
    expect((await readdir(again, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.relative(again, path.join(entry.parentPath, entry.name))).sort()).toEqual(names);
    for (const name of names) {
      const [first, rebuilt] = await Promise.all([readFile(path.join(out, name)), readFile(path.join(again, name))]);
      expect(rebuilt.equals(first), `${name} differs between two builds`).toBe(true);
    }
  });

  it.each(slugs)('%s.pdf passes qpdf --check and embeds every font', async (slug) => {
    const file = path.join(out, `${slug}.pdf`);
    const check = await qpdfCheck(file);
    expect(check.ok, check.output).toBe(true);
    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it.each(slugs)('%s.pdf is tagged, carries its title and has bookmarks', async (slug) => {
    const file = path.join(out, `${slug}.pdf`);
    const info = await pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBeTruthy();
    const outline = await pdfOutline(file);
    expect(outline[0]).toMatchObject({ title: info.Title, page: 1 });
  });

  it.each(slugs)('%s.md parses back, and its title and a sentence come back from the PDF', async (slug) => {
    const markdown = await readFile(path.join(out, `${slug}.md`), 'utf8');
    const tree = parseMarkdownBack(markdown);
    expect(tree.children[0]?.type).toBe('yaml');
    const heading = tree.children.find((node) => node.type === 'heading');
    const paragraph = tree.children.find((node) => node.type === 'paragraph' && toString(node).length > 60);
    expect(heading && paragraph).toBeTruthy();

    const pdf = squash(await pdfText(path.join(out, `${slug}.pdf`)));
    expect(pdf).toContain(squash(toString(heading!)));
    const sentence = squash(toString(paragraph!)).split(/(?<=[.!?”])\s/)[0]!;
    expect(pdf).toContain(sentence);
  });

  it('keeps curly quotes intact through the PDF', async () => {
    const pdf = squash(await pdfText(path.join(out, 'harbour-ferry-strike.pdf')));
    expect(pdf).toMatch(/“[^”]+,” said Ines Calloway/);
  });

  it('cleans the scraped sample: captions once with their credit, no trailers, masthead as source', async () => {
    const markdown = await readFile(path.join(out, 'harbour-ferry-strike.md'), 'utf8');
    const captions = markdown.split('\n').filter((line) => line.startsWith('_') && line.endsWith('(Credit: Harbour Information Service)'));
    expect(captions).toHaveLength(2);
    expect(markdown).not.toMatch(/Leave a Reply|email address|newsletter|hyperlink|solely one ferry|ticket corridor/);
    expect(markdown).toMatch(/^source: The Harbour /m);
    const report = await readFile(path.join(out, 'harbour-ferry-strike.report.md'), 'utf8');
    expect(report).toContain('**collapse-duplicate-paragraphs**');
    expect(result.stdout).toMatch(/harbour-ferry-strike \(md, epub, pdf; \d+ words\) — \d+ changes: .*2 duplicate captions/);
  });
});
