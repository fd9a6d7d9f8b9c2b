// strip-html beyond its fixtures: what it says about the HTML it keeps in plain text (left as
// written, flagged where it looks left over from a web page) and how a scrape's double escaping goes.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parseSeed } from '../../pipeline/parse.ts';
import stripHtml from '../../pipeline/transforms/strip-html.ts';

async function strip(text: string, kind: 'text' | 'markdown' = 'text') {
  const { tree } = parseSeed(text, kind, 'seed');
  const file = new VFile({ path: 'seed', value: text, data: { seedKind: kind } });
  const cleaned = (await unified().use(stripHtml).run(tree, file)) as Root;
  const warnings = file.messages.filter((message) => message.fatal === false);
  const fixes = file.messages.filter((message) => message.fatal === undefined);
  return { text: toString(cleaned.children.slice(1)), warnings, fixes };
}

describe('strip-html', () => {
  it('keeps a script element and a comment in plain text, with one warning naming both', async () => {
    const line = 'Run <script>track("a")</script> then <!-- note --> go.';
    const { text, warnings, fixes } = await strip(`Title\n\n${line}`);
    expect(text).toBe(line);
    expect(fixes).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toMatch(/^Left a `<script>` element and a comment as written/);
    expect(warnings[0]!.actual).toBe(line);
  });

  it('flags an escaped ampersand inside a word (Q&amp;A) but leaves it, and says nothing of a spaced one', async () => {
    const flagged = await strip('Title\n\nA Q&amp;A with AT&amp;T.');
    expect(flagged.text).toBe('A Q&amp;A with AT&amp;T.');
    expect(flagged.warnings.map((message) => message.reason)).toEqual([
      "Left `Q&amp;A` and `AT&amp;T` as written, though they look like a web page's escaped “&”: plain text keeps escapes as text. Write “&” in the seed if that is what it says",
    ]);
    const spaced = await strip('Title\n\nWrite &amp; for an ampersand and &lt;p&gt; for a paragraph tag.');
    expect(spaced.text).toBe('Write &amp; for an ampersand and &lt;p&gt; for a paragraph tag.');
    expect(spaced.warnings).toEqual([]);
    expect(spaced.fixes).toEqual([]);
  });

  it('unescapes a double-escaped entity once, reporting it: &amp;nbsp; becomes a space, &amp;lt; stays an escape', async () => {
    const { text, fixes } = await strip('Title\n\nOpen&amp;nbsp;daily &amp;mdash; see &amp;lt;b&amp;gt;.');
    expect(text).toBe('Open daily — see &lt;b&gt;.');
    expect(fixes).toHaveLength(1);
    expect(fixes[0]!.reason).toContain('an entity escaped twice');
  });

  it('cleans the formatting inside a Markdown seed’s raw HTML only, never its escaped text', async () => {
    const { text, warnings } = await strip('# Title\n\n<span>Raw &amp; x</span> and \\<span> with \\&amp; and <!-- gone -->.', 'markdown');
    expect(text).toBe('Raw & x and <span> with &amp; and .');
    expect(warnings).toEqual([]);
  });
});
