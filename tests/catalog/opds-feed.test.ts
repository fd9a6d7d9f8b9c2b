// The OPDS 1.2 feed, read as an e-reader app would: parsed as XML, checked against the Atom and
// OPDS structure, and every link followed against the running `npm run serve`.
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildCatalogSeeds } from '../helpers/catalog-seeds.ts';
import { runBuildAll } from '../helpers/run-cli.ts';
import { startServe } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const atom = 'http://www.w3.org/2005/Atom';
const acquisitionType = 'application/atom+xml;profile=opds-catalog;kind=acquisition';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parseFeed(xml: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  return document.documentElement!;
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === atom && (node as Element).localName === name);
}

function only(parent: Element, name: string): Element {
  const found = children(parent, name);
  expect(found, `exactly one atom:${name}`).toHaveLength(1);
  return found[0]!;
}

describe('out/opds.xml', async () => {
  const root = await tempDir('opds');
  const out = await buildCatalogSeeds(root);
  const xml = await readFile(path.join(out, 'opds.xml'), 'utf8');
  const feed = parseFeed(xml);
  const entries = children(feed, 'entry');
  const server = await startServe(out);

  it('is an Atom feed with the elements RFC 4287 requires', () => {
    expect(feed.namespaceURI).toBe(atom);
    expect(feed.localName).toBe('feed');
    expect(only(feed, 'id').textContent).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(only(feed, 'title').textContent).toBe('Ebooks');
    expect(only(feed, 'updated').textContent).toMatch(rfc3339);
    expect(only(only(feed, 'author'), 'name').textContent).not.toBe('');
  });

  it('names itself an OPDS acquisition feed (self and start links)', () => {
    const links = children(feed, 'link');
    for (const rel of ['self', 'start']) {
      const link = links.find((candidate) => candidate.getAttribute('rel') === rel);
      expect(link?.getAttribute('type')).toBe(acquisitionType);
      expect(link?.getAttribute('href')).toBe('opds.xml');
    }
  });

  it('has one entry per book with id, title, updated, and the title escaped as text', () => {
    expect(entries.map((entry) => only(entry, 'title').textContent)).toEqual(['<script>alert(1)</script>', 'Notes from a Café Terrace', 'Tide Tables for Small Harbours']);
    const ids = entries.map((entry) => only(entry, 'id').textContent);
    expect(new Set(ids).size).toBe(3);
    for (const entry of entries) {
      expect(only(entry, 'id').textContent).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(only(entry, 'updated').textContent).toMatch(rfc3339);
    }
  });

  it('carries author, language, date, publisher, subjects and summary from front matter', () => {
    const entry = entries[2]!;
    expect(only(only(entry, 'author'), 'name').textContent).toBe('Ines Varga');
    const dc = (name: string) => entry.getElementsByTagNameNS('http://purl.org/dc/terms/', name)[0]?.textContent;
    expect(dc('language')).toBe('en');
    expect(dc('issued')).toBe('2023-06-02');
    expect(dc('publisher')).toBe('The Coastal Almanac');
    expect(children(entry, 'category').map((category) => category.getAttribute('term'))).toEqual(['sailing', 'tides']);
    expect(only(entry, 'summary').textContent).toBe('How to read a tide table before taking a dinghy out.');
  });

  it('gives each entry acquisition links for EPUB, PDF and Markdown and cover image links', () => {
    for (const entry of entries) {
      const links = children(entry, 'link');
      const acquisitions = links.filter((link) => link.getAttribute('rel') === 'http://opds-spec.org/acquisition');
      expect(acquisitions.map((link) => link.getAttribute('type'))).toEqual(['application/epub+zip', 'application/pdf', 'text/markdown']);
      for (const rel of ['http://opds-spec.org/image', 'http://opds-spec.org/image/thumbnail']) {
        expect(links.filter((link) => link.getAttribute('rel') === rel).map((link) => link.getAttribute('type'))).toEqual(['image/svg+xml']);
      }
    }
  });

  it('links resolve against the served feed: right status, type and length, bytes equal to out/', async () => {
    const feedUrl = new URL('opds.xml', server.url);
    const served = await fetch(feedUrl);
    expect(served.headers.get('content-type')).toBe(`${acquisitionType};charset=utf-8`);
    expect(await served.text()).toBe(xml);
    let followed = 0;
    for (const entry of entries) {
      for (const link of children(entry, 'link')) {
        const url = new URL(link.getAttribute('href')!, feedUrl);
        const response = await fetch(url);
        expect(response.status, url.href).toBe(200);
        expect(response.headers.get('content-type')?.split(';')[0]).toBe(link.getAttribute('type'));
        const bytes = new Uint8Array(await response.arrayBuffer());
        const onDisk = await readFile(path.join(out, decodeURIComponent(url.pathname.slice(1))));
        expect(Buffer.from(bytes).equals(onDisk), url.href).toBe(true);
        const length = link.getAttribute('length');
        if (length) expect(bytes.byteLength).toBe(Number(length));
        followed += 1;
      }
    }
    expect(followed).toBe(3 * 5);
  });

  it('keeps entry ids when the books are rebuilt with changed text', async () => {
    const before = entries.map((entry) => only(entry, 'id').textContent);
    await appendFile(path.join(root, 'seeds', 'cafe-notes.txt'), '\nA later paragraph about the bill.\n');
    await runBuildAll(['--seeds', path.join(root, 'seeds'), '--out', out]);
    const again = children(parseFeed(await readFile(path.join(out, 'opds.xml'), 'utf8')), 'entry').map((entry) => only(entry, 'id').textContent);
    expect(again).toEqual(before);
    expect(await readFile(path.join(out, 'cafe-notes.md'), 'utf8')).toContain('about the bill');
  });
});
