import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { parsePlainText } from '../../pipeline/parse.ts';
import repairSpin, { type Options } from '../../pipeline/transforms/repair-spin.ts';

async function run(text: string, options: Options = {}) {
  const { tree } = parsePlainText(text);
  const file = new VFile({ path: 'test.txt', value: text });
  const cleaned = (await unified().use(repairSpin, options).run(tree, file)) as Root;
  return { paragraphs: cleaned.children.map((node) => toString(node)), file };
}

const spunArticle = [
  'Ferry service resumes',
  'The ferry firm mentioned on Monday that its foremost route had reopened not too long ago, and that 1000’s of passengers were waiting.',
  '“We said we would be back, and the war on delays is not over,” said the captain.',
  'The warfare on delays has develop into one of many foremost issues for islanders.',
].join('\n\n');

describe('repair-spin', () => {
  it('repairs unambiguous phrases, and ambiguous ones the quotations vouch for, never inside quotations', async () => {
    // Word counts off: this is about the quotations' evidence alone.
    const { paragraphs, file } = await run(spunArticle, { consistentUse: false });
    expect(paragraphs[1]).toBe('The ferry firm said on Monday that its main route had reopened recently, and that thousands of passengers were waiting.');
    expect(paragraphs[2]).toBe('“We said we would be back, and the war on delays is not over,” said the captain.');
    expect(paragraphs[3]).toBe('The war on delays has become one of the main issues for islanders.');
    // "firm" → "company" and "issues" → "problems" have no evidence here: flagged, not changed.
    const flagged = file.messages.filter((message) => message.fatal === false && message.reason.startsWith('Possible spinner words'));
    expect(flagged.map((message) => message.reason)).toEqual([expect.stringMatching(/“firm” \(company\?\).*“issues” \(problems\?\)/)]);
    expect(file.data.spin).toMatchObject({ spun: true, flagged: 2 });
  });

  it('reports every repair with its before, after and evidence', async () => {
    const { file } = await run(spunArticle);
    const repairs = file.messages.filter((message) => message.ruleId === 'repair-spin' && message.fatal === undefined);
    expect(repairs.map((message) => [message.actual, message.expected?.[0]])).toContainEqual(['mentioned', 'said']);
    expect(repairs.find((message) => message.actual === 'mentioned')!.reason).toMatch(/uses “said” inside its quotations/);
    expect(repairs.find((message) => message.actual === 'not too long ago')!.reason).toMatch(/unambiguous spinner phrase/);
    expect(file.data.spin!.repairs).toBe(repairs.length);
    const summary = file.messages.find((message) => message.reason.startsWith('Spin score'));
    expect(summary?.reason).toMatch(/spinner phrases outside quotations/);
  });

  it('says so when a document is spun in everyday words alone, without spinner phrases', async () => {
    const text = [
      'Bridge works',
      'The agency advised residents that additional adjustments to the bridge were accessible to inspect, and academics were accountable for the advantages of the plan.',
      'A number of aged residents acquired letters about the adjustments.',
    ].join('\n\n');
    const { file } = await run(text);
    const summary = file.messages.find((message) => message.reason.startsWith('Spin score'));
    expect(summary?.reason).toMatch(/^Spin score \d+: no spinner phrases outside quotations \(36 words\); \d+ different everyday words spinners swap; /);
  });

  it('only reports in report-only mode', async () => {
    const { paragraphs, file } = await run(spunArticle, { reportOnly: true });
    expect(paragraphs.join('\n\n')).toBe(spunArticle);
    expect(file.messages.filter((message) => message.fatal === undefined)).toEqual([]);
    expect(file.messages.some((message) => message.reason.startsWith('Would repair spun “not too long ago”'))).toBe(true);
  });

  // A user pair with two originals for one spun word, in an article the built-in phrases mark as spun.
  const twoOriginals: Options['extraPairs'] = [
    { spun: 'scrutinise', original: 'study', kind: 'likely', attested: 'test' },
    { spun: 'scrutinise', original: 'check', kind: 'likely', attested: 'test' },
  ];
  const spunWithTwoOriginals = (quote: string) =>
    [
      'Council review',
      'The council will scrutinise the plan not too long ago drawn up, and 1000’s of residents have develop into one of many groups consulted.',
      `“${quote},” said the mayor.`,
    ].join('\n\n');

  it('never repairs a spun word with several possible originals on its kind alone', async () => {
    const { paragraphs, file } = await run(spunWithTwoOriginals('We will listen to everyone'), { extraPairs: twoOriginals });
    expect(paragraphs[1]).toContain('will scrutinise the plan');
    expect(paragraphs[1]).toContain('recently');
    const flagged = file.messages.find((message) => message.reason.startsWith('Possible spinner words'));
    expect(flagged?.reason).toContain('“scrutinise” (study or check?)');
  });

  it('repairs such a word when the quotations use one of its originals, and not when they use two', async () => {
    const one = await run(spunWithTwoOriginals('We will check every line'), { extraPairs: twoOriginals.map((pair) => ({ ...pair, kind: 'ambiguous' as const })) });
    expect(one.paragraphs[1]).toContain('will check the plan');
    // "study" as an everyday word (kind common) is no evidence for itself, but its use still leaves "check" in doubt.
    const mixed = twoOriginals.map((pair) => ({ ...pair, kind: pair.original === 'study' ? ('common' as const) : ('ambiguous' as const) }));
    const both = await run(spunWithTwoOriginals('We will check every line and study every cost'), { extraPairs: mixed });
    expect(both.paragraphs[1]).toContain('will scrutinise the plan');
  });

  it('leaves a document without signs of spin alone', async () => {
    const text = 'Harbour news\n\nThe harbour master stated that the navy would visit. It is one of many visits this year.';
    const { paragraphs, file } = await run(text);
    expect(paragraphs.join('\n\n')).toBe(text);
    expect(file.data.spin).toMatchObject({ spun: false, repairs: 0 });
  });

  it('uses pairs from a user lexicon', async () => {
    const text = 'Notes\n\nThe quarry man wrote it plainly: the stonework is not too long ago finished, 1000’s of blocks, one of many walls.';
    const extraPairs = [{ spun: 'quarry man', original: 'quarryman', kind: 'unambiguous' as const, attested: 'user' }];
    const { paragraphs } = await run(text, { extraPairs, consistentUse: false });
    expect(paragraphs[1]).toBe('The quarryman wrote it plainly: the stonework is recently finished, thousands of blocks, one of the walls.');
  });

  it('learns swaps from a near-duplicate paragraph and leaves the unspun copy alone', async () => {
    const text = [
      'Storm damage',
      'Workers repair the roof of the town hall. Help has come from all over the region.',
      'Employees restore the roof of the town hall. Assist has come from all around the area. Credit score: AP',
      'The storm was one of many this winter, and the hall had not too long ago been painted.',
    ].join('\n\n');
    const { paragraphs, file } = await run(text);
    expect(paragraphs[1]).toBe('Workers repair the roof of the town hall. Help has come from all over the region.');
    expect(paragraphs[2]).toBe('Workers repair the roof of the town hall. Help has come from all over the region. Credit: AP');
    expect(file.messages.some((message) => /near-duplicate paragraph at line 3/.test(message.reason))).toBe(true);
  });

  it('in a strongly spun document, repairs an ambiguous word used more often than its original, with that evidence', async () => {
    const { paragraphs, file } = await run(spunArticle);
    expect(paragraphs[1]).toBe('The ferry company said on Monday that its main route had reopened recently, and that thousands of passengers were waiting.');
    const firm = file.messages.find((message) => message.actual === 'firm')!;
    expect(firm.reason).toMatch(/strongly spun document \(spin score \d+\) that uses “firm” once and “company” never outside quotations/);
  });

  it('does not repair on counts when the original is in use as often, or the spun form has several originals', async () => {
    const text = [
      'Ferry service resumes',
      'The ferry firm mentioned on Monday that its foremost route had reopened not too long ago, and that 1000’s of passengers were waiting. The company said tickets would value less.',
      'The firm has develop into one of many foremost operators, the company said, and it mentioned that the price was fair.',
    ].join('\n\n');
    const { paragraphs, file } = await run(text);
    // "firm" twice, "company" twice; "mentioned" twice, "said" twice; "value" may be "price", "cost" or "worth".
    expect(paragraphs[1]).toContain('The ferry firm mentioned on Monday');
    expect(paragraphs[1]).toContain('would value less');
    const flagged = file.messages.find((message) => message.reason.startsWith('Possible spinner words'))!;
    expect(flagged.reason).toContain('“value” (');
    expect(flagged.reason).toContain('“mentioned” (said?)');
  });

  it('does not count an original that is part of another spun phrase', async () => {
    const text = 'Probe news\n\nThe probe was despatched again to the moon not too long ago, and will fly past once more subsequent yr. 1000’s watched, and it has develop into one of many foremost missions.';
    const { paragraphs } = await run(text);
    // "again" occurs only inside "despatched again" (the spinner's "sent back"), so "once more" → "again" has its evidence.
    expect(paragraphs[1]).toBe('The probe was sent back to the moon recently, and will fly past again next year. Thousands watched, and it has become one of the main missions.');
  });
});
