// collapse-duplicate-paragraphs on a long seed: the work grows with the seed, not with its square.
// Not timed: the comparisons and message reads are counted.
import { describe, expect, it, vi } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Paragraph } from 'mdast';
import { parsePlainText } from '../../pipeline/parse.ts';
import collapseDuplicateParagraphs from '../../pipeline/transforms/collapse-duplicate-paragraphs.ts';
import { wordSequenceSimilarity } from '../../pipeline/text/similarity.ts';
import { longText } from '../helpers/long-text.ts';

vi.mock('../../pipeline/text/similarity.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../pipeline/text/similarity.ts')>();
  return { ...original, wordSequenceSimilarity: vi.fn(original.wordSequenceSimilarity) };
});

describe('collapse-duplicate-paragraphs on a 2 MB seed', () => {
  it('compares each paragraph with its neighbours only and reads the earlier messages once', async () => {
    const text = longText({ size: 2_000_000, duplicates: 0.05 });
    const { tree } = parsePlainText(text);
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    const file = new VFile({ path: 'long.txt', value: text });
    // An earlier rule's repair in every paragraph, as typography or spin repair leave on a real book.
    for (const paragraph of paragraphs) file.info('Earlier repair', { place: paragraph.position!, ruleId: 'repair-mojibake', source: 'test' });
    const earlier = file.messages.length;
    let reads = 0;
    file.messages = new Proxy(file.messages, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });

    await unified().use(collapseDuplicateParagraphs).run(tree, file);

    const removed = file.messages.filter((message) => message.ruleId === 'collapse-duplicate-paragraphs').length;
    expect(removed).toBeGreaterThan(300);
    // Scanning every message for each duplicate, as before, read them removed × earlier times (millions).
    expect(reads).toBeLessThanOrEqual(2 * earlier + 2 * removed);
    // Near copies are looked for two blocks back at most (and are looked for: the count is not zero).
    const comparisons = vi.mocked(wordSequenceSimilarity).mock.calls.length;
    expect(comparisons).toBeGreaterThan(0);
    expect(comparisons).toBeLessThanOrEqual(2 * paragraphs.length);
  }, 120_000);
});
