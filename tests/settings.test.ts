// The book options of the config file reach the stages: rule switches, language, captions, page size.
import type { Root } from 'mdast';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cleanSeed, renderBook } from '../pipeline/index.ts';
import dropCaptions from '../pipeline/transforms/drop-captions.ts';
import { unified } from 'unified';
import { pdfInfo } from './helpers/judges.ts';
import { tempDir } from './helpers/temp-dir.ts';

const seed = (text: string) => ({ path: 'seeds/s.txt', bytes: new TextEncoder().encode(text), kind: 'text' as const, slug: 's' });

describe('build settings', () => {
  it('a disabled rule does not run', async () => {
    const on = await cleanSeed(seed('Title\n\nToo   many spaces.\n'));
    const off = await cleanSeed(seed('Title\n\nToo   many spaces.\n'), { transforms: { 'normalize-whitespace': false } });
    expect(on.report.messages.map((message) => message.ruleId)).toContain('normalize-whitespace');
    expect(off.report.messages.map((message) => message.ruleId)).not.toContain('normalize-whitespace');
    expect(JSON.stringify(off.book.tree)).toContain('Too   many spaces.');
  });

  it('the configured language applies when the seed does not give one', async () => {
    expect((await cleanSeed(seed('Título\n\nTexto.\n'), {}, { language: 'pt-BR' })).book.metadata.language).toBe('pt-BR');
  });

  it('captions: drop removes every caption and reports each removal', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Body.' }] },
        { type: 'caption', credit: 'AP', children: [{ type: 'text', value: 'Boats at dawn.' }] },
      ],
    };
    const file = new VFile();
    await unified().use(dropCaptions).run(tree, file);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([['drop-captions', 'Boats at dawn. (Credit: AP)']]);
  });

  it('pageSize sets the PDF page size', async () => {
    const { book } = await cleanSeed(seed('Title\n\nText.\n'));
    const outputs = await renderBook(book, { buildDate: new Date(0), formats: ['pdf'], pageSize: 'A4' });
    expect(Object.keys(outputs)).toEqual(['pdf']);
    const file = path.join(await tempDir('page-size'), 'a4.pdf');
    await writeFile(file, outputs.pdf!);
    expect((await pdfInfo(file))['Page size']).toMatch(/^595\.\d* x 841\.\d* pts \(A4\)/);
  });
});
