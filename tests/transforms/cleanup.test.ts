// The cleanup as a whole, through cleanSeed: rules that only show their worth together (a caption
// printed twice, a masthead before trailers), the switches, and the promise that nothing is lost.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { cleanSeed } from '../../pipeline/index.ts';
import type { CleanupSettings } from '../../pipeline/transforms/settings.ts';
import type { Caption } from '../../pipeline/caption.ts';
import { renderMarkdown } from '../../pipeline/render/markdown.ts';
import { quotationRanges } from '../../pipeline/text/quotations.ts';
import { wordsOf } from '../../pipeline/text/words.ts';

// Our own article with the defects of a scraped, spun page.
const messy = [
  'Lisbon trams return after the long repair',
  '',
  'The city’s yellow trams ran again on Monday after eight months of repairs to the hill lines,&nbsp;the operator said.',
  '',
  'A tram climbs the hill towards the castle in Lisbon on Monday morning.',
  '',
  'A tram climbs the hill in direction of the fortress in Lisbon on Monday morning.Credit:AP',
  '',
  '“We missed the noise more than we expected,” said Rosa Alves, who sells newspapers near the stop. "It is part of the street."',
  '',
  'Ticket prices will stay the same until the end of the year, the cafÃ© owners were told {quickly|rapidly}.',
  '',
  'The operator said the work had cost more than planned... but the lines are safe for another thirty years.',
  '',
  'The Lisbon Courier',
  '',
  'Get the morning briefing delivered to your inbox. Sign up for our newsletter here.',
  '',
  'Source link',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published.',
].join('\n');

async function clean(text: string, settings: CleanupSettings = {}, kind: 'text' | 'markdown' = 'text') {
  const path = kind === 'text' ? 'article.txt' : 'article.md';
  return cleanSeed({ path, bytes: new TextEncoder().encode(text), kind, slug: 'article' }, settings);
}

describe('the cleanup of a scraped article', async () => {
  const { book, report } = await clean(messy);
  const markdown = new TextDecoder().decode(renderMarkdown(book));

  it('keeps a caption printed twice once, with the clean text and the credit', () => {
    const captions = book.tree.children.filter((node): node is Caption => node.type === 'caption');
    expect(captions).toHaveLength(1);
    expect(toString(captions[0]!)).toBe('A tram climbs the hill towards the castle in Lisbon on Monday morning.');
    expect(captions[0]!.credit).toBe('AP');
    expect(markdown).not.toContain('fortress');
  });

  it('moves the masthead into the source metadata and drops the trailers', () => {
    expect(book.metadata.source).toBe('The Lisbon Courier');
    for (const gone of ['Lisbon Courier', 'newsletter', 'Source link', 'Leave a Reply', 'email address']) {
      expect(toString(book.tree)).not.toContain(gone);
    }
  });

  it('repairs garbled text', () => {
    expect(markdown).toContain('the café owners were told quickly.');
    expect(markdown).toContain('hill lines, the operator said.');
    expect(markdown).toContain('more than planned… but');
  });

  it('changes nothing but typography inside quotation marks', () => {
    const quoted = quotationRanges(messy.split('\n')[8]!).map(([start, end]) => messy.split('\n')[8]!.slice(start, end));
    expect(quoted).toHaveLength(2);
    expect(markdown).toContain(quoted[0]);
    expect(markdown).toContain('“It is part of the street.”');
  });

  it('accounts for every word: each is in the output or in the report', () => {
    const kept = new Set(wordsOf(markdown));
    const reported = new Set(report.messages.flatMap((message) => wordsOf(message.actual ?? '')));
    const lost = wordsOf(messy).filter((word) => !kept.has(word) && !reported.has(word));
    expect(lost).toEqual([]);
  });

  it('reports every change with rule id, place and before/after', () => {
    for (const message of report.messages) {
      expect(message.ruleId).toBeTruthy();
      expect(message.source).toBe('ebook-pipeline');
    }
    const removals = report.messages.filter((message) => message.expected?.[0] === '');
    expect(removals.every((message) => message.line !== undefined && (message.actual ?? '') !== '')).toBe(true);
    expect(new Set(report.messages.map((message) => message.ruleId))).toEqual(
      new Set(['strip-html', 'repair-mojibake', 'resolve-spintax', 'remove-site-chrome', 'repair-spin', 'restore-sentence-space', 'recognize-captions', 'collapse-duplicate-paragraphs', 'remove-boilerplate', 'typography']),
    );
  });
});

describe('a masthead at the start of the article', () => {
  it('becomes the source; a subtitle that names no publication stays', async () => {
    const { book } = await clean('Floods Recede\n\nThe Riverside Times\n\nA Review of the Flood Year\n\nThe water fell by a metre overnight.\n');
    expect(book.metadata.source).toBe('The Riverside Times');
    expect(book.tree.children.slice(1).map((node) => toString(node))).toEqual(['A Review of the Flood Year', 'The water fell by a metre overnight.']);
  });
});

describe('switching transforms off and on', () => {
  it('drops captions when the build says so, and reports it', async () => {
    const { book, report } = await clean(messy, { captions: 'drop' });
    expect(book.tree.children.some((node) => node.type === 'caption')).toBe(false);
    expect(toString(book.tree)).not.toContain('tram climbs');
    expect(report.messages.some((message) => message.ruleId === 'drop-captions' && message.actual?.includes('(Credit: AP)'))).toBe(true);
  });

  it('leaves a transform out for the whole build', async () => {
    const { book, report } = await clean(messy, { transforms: { typography: false } });
    expect(toString(book.tree)).toContain('"It is part of the street."');
    expect(report.messages.some((message) => message.ruleId === 'typography')).toBe(false);
  });

  it('leaves a transform out for one seed through its front matter, which wins over the build', async () => {
    const seed = '---\ntitle: Quotes\ntransforms:\n  typography: false\n---\n\nShe said "yes" -- twice.\n';
    const off = await clean(seed, { transforms: { typography: true } }, 'markdown');
    expect(toString(off.book.tree)).toContain('She said "yes" -- twice.');
    const on = await clean(seed.replace('typography: false', 'typography: true'), {}, 'markdown');
    expect(toString(on.book.tree)).toContain('She said “yes”—twice.');
  });
});
