import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsFrom } from '../../pipeline/build/config.ts';
import { parseConfig, parseSeedOverrides } from '../../pipeline/build/config-schema.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('the config file', () => {
  it('accepts every documented option', () => {
    const config = parseConfig(
      JSON.stringify({
        seeds: ['seeds', 'more'],
        out: 'books',
        formats: ['epub', 'pdf'],
        pageSize: 'A4',
        language: 'pt-BR',
        captions: 'drop',
        transforms: { 'normalize-whitespace': false },
        collections: [{ slug: 'anthology', title: 'An Anthology', author: 'Various', seeds: ['seeds/a.txt', 'seeds/b.md'] }],
      }),
      'ebook.config.json',
    );
    expect(config.collections?.[0]?.seeds).toHaveLength(2);
    expect(settingsFrom(config)).toEqual({ formats: ['epub', 'pdf'], pageSize: 'A4', language: 'pt-BR', cleanup: { captions: 'drop', transforms: { 'normalize-whitespace': false } } });
  });

  it.each([
    ['{"format": ["epub"]}', 'ebook.config.json: (top level): unknown key "format"'],
    ['{"formats": ["epub", "mobi"]}', 'ebook.config.json: formats.1: '],
    ['{"formats": []}', 'ebook.config.json: formats: must list at least one format'],
    ['{"pageSize": "A3"}', 'ebook.config.json: pageSize: '],
    ['{"language": "English"}', 'ebook.config.json: language: must be a language tag'],
    ['{"transforms": {"no-such-rule": false}}', 'ebook.config.json: transforms.no-such-rule: is not a cleanup rule id'],
    ['{"collections": [{"slug": "Bad Slug", "title": "T", "seeds": ["a.txt"]}]}', 'ebook.config.json: collections.0.slug: must be lower-case'],
    ['{"formats": ', 'ebook.config.json: is not valid JSON'],
  ])('rejects %s with a message naming the file and key', (text, message) => {
    expect(() => parseConfig(text, 'ebook.config.json')).toThrow(ConfigError);
    expect(() => parseConfig(text, 'ebook.config.json')).toThrow(message);
  });

  it('reads YAML, and is optional', async () => {
    const root = await tempDir('config');
    expect(await loadConfig(root)).toEqual({ config: {} });
    await writeFile(path.join(root, 'ebook.config.yaml'), 'formats: [epub]\ncaptions: keep\n');
    const loaded = await loadConfig(root);
    expect(loaded.config).toEqual({ formats: ['epub'], captions: 'keep' });
    expect(loaded.file).toBe(path.join(root, 'ebook.config.yaml'));
  });

  it('says which file it could not read when one is named', async () => {
    const root = await tempDir('config-missing');
    await mkdir(path.join(root, 'dir'));
    await expect(loadConfig(root, path.join(root, 'nope.json'))).rejects.toThrow(`${path.join(root, 'nope.json')}: cannot be read`);
  });
});

describe('per-seed overrides in front matter', () => {
  it('layer over the config, rule switches included', () => {
    const config = parseConfig('{"formats": ["epub", "pdf"], "transforms": {"normalize-whitespace": false}}', 'c.json');
    const seed = parseSeedOverrides({ formats: ['pdf'], pageSize: 'LETTER', transforms: { 'normalize-whitespace': true } }, 'seeds/a.md');
    expect(settingsFrom(config, seed)).toEqual({ formats: ['pdf'], pageSize: 'Letter', cleanup: { transforms: { 'normalize-whitespace': true } } });
  });

  it('name the seed and key when wrong', () => {
    expect(() => parseSeedOverrides({ out: 'elsewhere' }, 'seeds/a.md')).toThrow('seeds/a.md (front matter "ebook"): (top level): unknown key "out"');
  });
});
