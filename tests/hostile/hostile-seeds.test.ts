// Every hostile seed in one build: each builds correctly or fails alone, naming the file, the problem and the fix.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { epubCheck, parseMarkdownBack, pdfText, qpdfCheck, squash } from '../helpers/judges.ts';
import { runBuildAll } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { cleanSeed } from '../../pipeline/index.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { hostileSeeds, htmlResidueLine, htmlSyntaxLine, leftToRightWithHebrew, markdownSyntaxLines, rtlAndEmoji, writeHostileSeeds } from './seeds.ts';

const building = hostileSeeds.filter((seed) => 'slug' in seed.expect);
const failing = hostileSeeds.filter((seed) => 'problem' in seed.expect);
const slugOf = (name: string) => {
  const expected = hostileSeeds.find((seed) => seed.name === name)!.expect;
  if (!('slug' in expected)) throw new Error(`${name} is not expected to build`);
  return expected.slug;
};

describe('build:all over a folder of hostile seeds', async () => {
  const root = await tempDir('hostile');
  const seeds = path.join(root, 'seeds');
  const out = path.join(root, 'out');
  await writeHostileSeeds(seeds);
  const result = await runBuildAll(['--seeds', seeds, '--out', out]);
  const lines = result.stdout.split('\n');
  const markdown = async (name: string) => readFile(path.join(out, `${slugOf(name)}.md`), 'utf8');
  const epubXhtml = async (name: string) => {
    const zip = await JSZip.loadAsync(await readFile(path.join(out, `${slugOf(name)}.epub`)));
    const chapters = Object.keys(zip.files).filter((file) => /\.xhtml$/.test(file) && !/(toc|nav|cover)/.test(file));
    return (await Promise.all(chapters.map((file) => zip.file(file)!.async('string')))).join('\n');
  };
  const epubText = async (name: string) => decodeXmlText(await epubXhtml(name));

  it('exits 1 (some seeds failed), with no stack trace', () => {
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain(`${hostileSeeds.length} books: ${building.length} built, 0 up to date, ${failing.length} failed`);
  });

  it.each(failing.map((seed) => [seed.name, seed] as const))('%s fails alone with its path, the problem and what to do', (name, seed) => {
    const line = lines.find((candidate) => candidate.startsWith(`✗ ${path.join(seeds, name)}: `));
    expect(line, result.stdout).toBeDefined();
    expect(line).toMatch((seed.expect as { problem: RegExp }).problem);
    // Every message ends with a sentence that says what to do.
    expect(line).toMatch(/[.:] (Save|Re-save|Add|Fix|Write|Copy|Point|Rename|Make)\b.*\.$/);
  });

  it('builds every other seed into all three formats, and writes nothing for the failed ones', async () => {
    const expected = building.flatMap((seed) => ['md', 'epub', 'pdf', 'report.md'].map((format) => `${slugOf(seed.name)}.${format}`));
    expect((await readdir(out)).filter((name) => /\.(md|epub|pdf)$/.test(name)).sort()).toEqual(expected.sort());
  });

  it('never reads the file an outside link points to', async () => {
    for (const name of await readdir(out)) if (name.endsWith('.md')) expect(await readFile(path.join(out, name), 'utf8')).not.toContain('must never be read');
  });

  it('decodes UTF-16, Windows-1252 and Latin-1 seeds', async () => {
    expect(await markdown('utf16-le.txt')).toContain('“Hello” from UTF-16 LE.');
    expect(await markdown('utf16-be.txt')).toContain('“Hello” from UTF-16 BE.');
    expect(await markdown('windows-1252.txt')).toContain('“It’s fine,” she said — café, naïve, résumé.');
    expect(await markdown('latin-1.txt')).toContain('Le château est très élégant, à côté de la forêt. Garçon!');
  });

  it('reads CRLF and lone-CR seeds as the same paragraphs as LF line ends', async () => {
    for (const [name, lf] of [
      ['crlf.txt', 'Windows Lines\n\nFirst line\nof one paragraph.\n\nSecond paragraph.\n'],
      ['lone-cr.txt', 'Old Mac Lines\n\nOne line\nof a paragraph.\n\nAnother paragraph.\n'],
    ] as const) {
      const { book } = await cleanSeed({ path: name, bytes: new TextEncoder().encode(lf), kind: 'text', slug: slugOf(name) });
      expect(await markdown(name)).toBe(new TextDecoder().decode(renderMarkdown(book)));
    }
  });

  it('strips stray control characters from every output (XML forbids them) and keeps the words', async () => {
    const body = await markdown('controls.txt');
    expect(body).toContain('A NUL here, a bell there, an escape too.\n\nAfter a form feed.');
    expect(await epubXhtml('controls.txt')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  // Every line the author wrote as syntax must come out as the same text.
  const literalLines = [...markdownSyntaxLines, htmlSyntaxLine];

  it('keeps Markdown and HTML syntax of a plain-text seed literal in the Markdown (parsed back)', async () => {
    const text = toString(parseMarkdownBack(await markdown('syntax.txt')));
    for (const line of literalLines) expect(text).toContain(line);
    expect(text).toContain('Syntax & <Symbols>');
  });

  it('keeps that syntax as escaped text in the EPUB: no script, no comment, no javascript: link', async () => {
    const xhtml = await epubXhtml('syntax.txt');
    expect(xhtml).not.toMatch(/<script|<!--|href="javascript/i);
    const text = await epubText('syntax.txt');
    for (const line of literalLines) expect(text).toContain(line);
  });

  it('keeps that syntax as the same literal text in the PDF', async () => {
    // Piece by piece, spaces ignored: the layout may hyphenate or wrap inside a piece, and pdftotext may
    // read a line's pieces in another order.
    const text = (await pdfText(path.join(out, `${slugOf('syntax.txt')}.pdf`))).replace(/[-\u00ad]\n/g, '').replace(/\s+/g, '');
    for (const piece of literalLines.join(' ').split(/ |(?<=\])(?=\()/)) expect(text, piece).toContain(piece);
  });

  it('cleans HTML formatting of a plain-text seed with a report line giving the text before, and flags the code it kept', async () => {
    const report = await readFile(path.join(out, `${slugOf('syntax.txt')}.report.md`), 'utf8');
    const [toCheck, changes] = report.split('## Changes');
    expect(changes).toContain('**strip-html**');
    expect(changes).toContain(htmlResidueLine);
    expect(await markdown('syntax.txt')).toContain('Some bold words and a span.');
    expect(toCheck).toMatch(/\*\*strip-html\*\* \(line \d+\): Left a `<script>` element and a comment as written/);
    expect(toCheck).toContain(htmlSyntaxLine);
  });

  it('gives a title line made of HTML a title: its code as written, or the file name when it was only formatting', async () => {
    const titleOf = async (name: string) => (JSON.parse(await readFile(path.join(out, `${slugOf(name)}.book.json`), 'utf8')) as { metadata: { title: string } }).metadata.title;
    expect(await titleOf('script-title.txt')).toBe('<script>go("x")</script> &amp; <!-- t -->');
    expect(toString(parseMarkdownBack(await markdown('script-title.txt')).children.find((node) => node.type === 'heading')!)).toBe('<script>go("x")</script> &amp; <!-- t -->');
    expect(await titleOf('markup-title.txt')).toBe('markup-title');
    expect(await markdown('markup-title.txt')).toMatch(/^# markup-title$/m);
  });

  it('never lets raw HTML of a Markdown seed through as markup, and drops a javascript: link target, keeping its words', async () => {
    const xhtml = await epubXhtml('syntax markup.md');
    expect(xhtml).not.toMatch(/<div onclick|<script|href="javascript/i);
    const text = await epubText('syntax markup.md');
    expect(text).toContain('a div');
    expect(text).toContain('a bad link and a good one');
    expect(xhtml).toContain('<a href="https://example.org/">a good one</a>');
    expect(await markdown('syntax markup.md')).not.toContain('javascript:');
  });

  it('keeps right-to-left text, combining marks and emoji exactly in the Markdown and the EPUB', async () => {
    const expected = rtlAndEmoji.normalize('NFC');
    expect(await markdown('rtl and emoji.txt')).toContain(expected);
    expect(await epubText('rtl and emoji.txt')).toContain(expected);
  });

  it('marks a paragraph that starts in a right-to-left script dir="rtl" in the EPUB, and one that starts in English not', async () => {
    const xhtml = await epubXhtml('rtl and emoji.txt');
    const paragraphs = [...xhtml.matchAll(/<p( dir="rtl")?>([\s\S]*?)<\/p>/g)].map((match) => ({ rtl: match[1] !== undefined, text: decodeXmlText(`<body>${match[2]!}`) }));
    expect(paragraphs).toContainEqual({ rtl: true, text: rtlAndEmoji.normalize('NFC') });
    expect(paragraphs).toContainEqual({ rtl: false, text: leftToRightWithHebrew });
  });

  // EPUBCheck is slow (a JVM per book): judge the two books with the most hostile content.
  it.each(['syntax markup.md', 'rtl and emoji.txt'])('%s: EPUB passes EPUBCheck, PDF passes qpdf', async (name) => {
    const check = await epubCheck(path.join(out, `${slugOf(name)}.epub`));
    expect(check.errors, check.output).toBe(0);
    const pdf = await qpdfCheck(path.join(out, `${slugOf(name)}.pdf`));
    expect(pdf.ok, pdf.output).toBe(true);
  });
});

/** The text of XHTML markup: tags dropped, character references decoded (enough for our own output). */
function decodeXmlText(xhtml: string): string {
  const body = xhtml.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<[^>]+>/g, '');
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return body.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : (named[name!] ?? entity),
  );
}
