// Hostile and odd seeds, made in the test (not checked in: several are binary or need links and permissions).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';

export interface HostileSeed {
  name: string;
  bytes?: Uint8Array | string;
  /** For links: where the link points, relative to the seeds folder. */
  linkTo?: string;
  /** The slug it builds to, or the start of the problem it fails with. */
  expect: { slug: string } | { problem: RegExp };
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const body = iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
}

/** Markdown syntax that must stay literal text in a plain-text seed, in every format. */
export const markdownSyntaxLines = [
  'Stars *not emphasis* and _not either_ and # not a heading',
  '[click me](javascript:alert(1)) and `not code` and ![no](image.png)',
  // Mid-line, so that the structure rules (a leading "> " is read as a quote) leave it alone.
  'Not a quote > 1. not a list, | not | a table |',
];
/**
 * HTML code, a comment and markup escapes in a plain-text seed: text its author wrote, kept literally
 * in every format (escaped, never markup) and flagged in the report as left as written.
 */
export const htmlSyntaxLine = '<script>alert("boo")</script> and &amp; and &lt;b&gt; and <!-- a comment --> end';
/** HTML formatting a scrape left around prose: cleaned by strip-html, reported. */
export const htmlResidueLine = 'Some <b>bold</b>&nbsp;words<br>and a <span class="x">span</span>.';
const syntaxLines = [markdownSyntaxLines[0], htmlSyntaxLine, htmlResidueLine, ...markdownSyntaxLines.slice(1)];

/** A paragraph whose first strong letter is Latin: left to right, with Hebrew inside it. */
export const leftToRightWithHebrew = 'English first, then עברית in the middle.';
export const rtlAndEmoji = 'שלום עולם and مرحبا بالعالم, q\u0307\u0323 and e\u0301 combined, emoji 👩🏽‍🚀 🇺🇦 ✨';

export const hostileSeeds: HostileSeed[] = [
  { name: 'empty.txt', bytes: '', expect: { problem: /is empty/ } },
  { name: 'whitespace only.md', bytes: ' \n\t  \r\n\n', expect: { problem: /is empty/ } },
  { name: 'picture.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), expect: { problem: /is not a text file/ } },
  { name: 'not-utf8.txt', bytes: new Uint8Array([0x48, 0x69, 0x93, 0x20, 0xff]), expect: { problem: /is not valid UTF-8 \(byte 0x93 on line 1\) and its encoding could not be recognised/ } },
  { name: 'mixed-encoding.txt', bytes: new Uint8Array([...Buffer.from('Mixed\n\nDéjà vu, café. '), 0x93, 0x48, 0x69, 0x94, 0x0a]), expect: { problem: /mixes UTF-8 with bytes of another encoding/ } },
  { name: 'utf16-le.txt', bytes: utf16('Sixteen Little\n\n“Hello” from UTF-16 LE.\n', 'le'), expect: { slug: 'utf16-le' } },
  { name: 'utf16-be.txt', bytes: utf16('Sixteen Big\n\n“Hello” from UTF-16 BE.\n', 'be'), expect: { slug: 'utf16-be' } },
  { name: 'windows-1252.txt', bytes: iconv.encode('Old Windows\n\n\u201cIt\u2019s fine,\u201d she said \u2014 caf\u00e9, na\u00efve, r\u00e9sum\u00e9.\n', 'windows-1252'), expect: { slug: 'windows-1252' } },
  { name: 'latin-1.txt', bytes: iconv.encode('Vieux Texte\n\nLe ch\u00e2teau est tr\u00e8s \u00e9l\u00e9gant, \u00e0 c\u00f4t\u00e9 de la for\u00eat. Gar\u00e7on!\n', 'latin1'), expect: { slug: 'latin-1' } },
  { name: 'crlf.txt', bytes: 'Windows Lines\r\n\r\nFirst line\r\nof one paragraph.\r\n\r\nSecond paragraph.\r\n', expect: { slug: 'crlf' } },
  { name: 'lone-cr.txt', bytes: 'Old Mac Lines\r\rOne line\rof a paragraph.\r\rAnother paragraph.\r', expect: { slug: 'lone-cr' } },
  { name: 'controls.txt', bytes: 'Stray Controls\n\nA NUL\u0000 here, a bell\u0007 there, an escape\u001b too.\fAfter a form feed.\n', expect: { slug: 'controls' } },
  { name: 'syntax.txt', bytes: `Syntax & <Symbols>\n\n${syntaxLines.join('\n\n')}\n`, expect: { slug: 'syntax' } },
  { name: 'syntax markup.md', bytes: `# Raw HTML & links\n\n${htmlSyntaxLine}\n\n<div onclick="alert(2)">a div</div>\n\n[a bad link](javascript:alert(1)) and [a good one](https://example.org/)\n`, expect: { slug: 'syntax-markup' } },
  // Title lines made of HTML: code stays as the literal title; a line of mere formatting leaves the file name.
  { name: 'script-title.txt', bytes: '<script>go("x")</script> &amp; <!-- t -->\n\nThe body.\n', expect: { slug: 'script-title' } },
  { name: 'markup-title.txt', bytes: '<p><br></p>\n\nThe body of a seed whose title line is only markup.\n', expect: { slug: 'markup-title' } },
  { name: 'rtl and emoji.txt', bytes: `Scripts 🌍\n\n${rtlAndEmoji}\n\n${leftToRightWithHebrew}\n`, expect: { slug: 'rtl-and-emoji' } },
  { name: 'Café – notes.txt', bytes: 'Unicode Name\n\nA seed whose file name has an accent and a dash.\n', expect: { slug: 'cafe-notes' } },
  { name: '日本語.txt', bytes: 'No Latin Name\n\nA seed whose name has no Latin letters.\n', expect: { slug: 'seed' } },
  { name: '-leading dash.txt', bytes: 'Dash First\n\nA seed whose name starts with a dash, like an option.\n', expect: { slug: 'leading-dash' } },
  { name: 'Same Name.txt', bytes: 'First Of Two\n\nOne of two seeds whose names give the same slug.\n', expect: { slug: 'same-name' } },
  { name: 'same-name.md', bytes: '# Second Of Two\n\nThe other one.\n', expect: { slug: 'same-name-2' } },
  { name: 'bad-yaml.md', bytes: '---\ntitle: [unclosed\n---\n\nBody.\n', expect: { problem: /has front matter that is not valid YAML \(front matter line 1\)/ } },
  { name: 'list-yaml.md', bytes: '---\n- one\n- two\n---\n\nBody.\n', expect: { problem: /has front matter that is not a set of "key: value" lines/ } },
  { name: 'outside-link.txt', linkTo: '../secret.txt', expect: { problem: /is a link to .*secret\.txt, outside the seeds folder; it was not read/ } },
  { name: 'inside-link.txt', linkTo: 'a-folder/linked.txt', expect: { slug: 'inside-link' } },
  { name: 'dangling-link.txt', linkTo: 'nowhere.txt', expect: { problem: /could not be found \(a broken link/ } },
  { name: 'folder-link.md', linkTo: 'a-folder', expect: { problem: /is a folder, not a seed file/ } },
];

/** Writes every hostile seed into `seedsDir`, plus a secret file beside it and a folder inside it. */
export async function writeHostileSeeds(seedsDir: string): Promise<void> {
  await mkdir(seedsDir, { recursive: true });
  await mkdir(path.join(seedsDir, 'a-folder'));
  await writeFile(path.join(seedsDir, 'a-folder', 'linked.txt'), 'Linked Inside\n\nA seed reached through a link that stays inside the folder.\n');
  await writeFile(path.join(seedsDir, '..', 'secret.txt'), 'Secret\n\nA file outside the seeds folder that must never be read.\n');
  for (const seed of hostileSeeds) {
    const target = path.join(seedsDir, seed.name);
    if (seed.linkTo !== undefined) await symlink(seed.linkTo, target);
    else await writeFile(target, seed.bytes ?? '');
  }
}
