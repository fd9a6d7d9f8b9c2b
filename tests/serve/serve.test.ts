// `npm run serve` as a browser or e-reader meets it: types, download names, caching, ranges, and no way out of out/.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogSeeds } from '../helpers/catalog-seeds.ts';
import { startServe } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp-dir.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with the path sent exactly as written: fetch() would normalise `..` away before sending. */
function raw(base: string, rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('npm run serve', async () => {
  const root = await tempDir('serve');
  const out = await buildCatalogSeeds(root);
  // Things a served folder must never give away: a secret beside out/, and links pointing to it.
  await writeFile(path.join(root, 'secret.txt'), 'not for the web');
  await mkdir(path.join(root, 'private'));
  await writeFile(path.join(root, 'private', 'index.html'), 'private page');
  await symlink(path.join(root, 'secret.txt'), path.join(out, 'leak.md'));
  await symlink(path.join(root, 'private'), path.join(out, 'linked-folder'));
  await symlink('tide-tables.epub', path.join(out, 'alias.epub'));
  await writeFile(path.join(out, '.env'), 'hidden');
  const server = await startServe(out);

  it('prints the address it listens on, 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.output()).toContain('/opds.xml');
  });

  it('serves the catalog page at /', async () => {
    const response = await raw(server.url, '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toContain('Tide Tables for Small Harbours');
  });

  it.each([
    ['tide-tables.epub', 'application/epub+zip', 'Tide Tables for Small Harbours.epub'],
    ['tide-tables.pdf', 'application/pdf', 'Tide Tables for Small Harbours.pdf'],
    ['tide-tables.md', 'text/markdown; charset=utf-8', 'Tide Tables for Small Harbours.md'],
    ['cafe-notes.epub', 'application/epub+zip', 'Notes from a Café Terrace.epub'],
  ])('%s: %s, saved as "%s", bytes as on disk', async (name, type, fileName) => {
    const response = await raw(server.url, `/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename=/);
    const utf8Name = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1];
    expect(utf8Name ? decodeURIComponent(utf8Name) : /filename="(.*)"/.exec(disposition)?.[1]).toBe(fileName);
    expect(response.body.equals(await readFile(path.join(out, name)))).toBe(true);
  });

  it('sends ETag and Last-Modified, and answers 304 to a revalidation', async () => {
    const first = await raw(server.url, '/tide-tables.epub');
    const etag = String(first.headers.etag);
    const modified = String(first.headers['last-modified']);
    expect(etag).toMatch(/^(W\/)?".+"$/);
    expect(new Date(modified).getTime()).not.toBeNaN();
    expect((await raw(server.url, '/tide-tables.epub', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await raw(server.url, '/tide-tables.epub', { headers: { 'If-Modified-Since': modified } })).status).toBe(304);
    expect((await raw(server.url, '/tide-tables.epub', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it('answers range requests with 206 and exactly the bytes asked for', async () => {
    const whole = await readFile(path.join(out, 'tide-tables.pdf'));
    const response = await raw(server.url, '/tide-tables.pdf', { headers: { Range: 'bytes=100-199' } });
    expect(response.status).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes 100-199/${whole.byteLength}`);
    expect(response.body.equals(whole.subarray(100, 200))).toBe(true);
    expect(response.headers['accept-ranges']).toBe('bytes');
    const unsatisfiable = await raw(server.url, '/tide-tables.pdf', { headers: { Range: `bytes=${whole.byteLength + 10}-` } });
    expect(unsatisfiable.status).toBe(416);
  });

  it.each([
    ['/../secret.txt', 403],
    ['/..%2fsecret.txt', 403],
    ['/%2e%2e/secret.txt', 403],
    ['/%2E%2E%2Fsecret.txt', 403],
    ['/..%5csecret.txt', 403],
    ['/tide-tables.epub%00.html', 400],
    ['/%ff', 400],
    ['/leak.md', 403],
    ['/linked-folder/', 403],
    ['/linked-folder/index.html', 403],
    ['/.env', 404],
    ['/no-such-book.epub', 404],
  ])('GET %s → %i, never the file outside', async (rawPath, status) => {
    const response = await raw(server.url, rawPath);
    expect(response.status).toBe(status);
    expect(response.body.toString()).not.toMatch(/not for the web|private page|hidden/);
  });

  it('follows a symlink that stays inside out/', async () => {
    const response = await raw(server.url, '/alias.epub');
    expect(response.status).toBe(200);
    expect(response.body.equals(await readFile(path.join(out, 'tide-tables.epub')))).toBe(true);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await raw(server.url, '/tide-tables.epub', { method: 'POST' })).status).toBe(405);
    const head = await raw(server.url, '/tide-tables.epub', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
  });
});

describe('npm run serve --host and --port', async () => {
  const root = await tempDir('serve-host');
  await mkdir(path.join(root, 'out'));
  await writeFile(path.join(root, 'out', 'index.html'), '<!DOCTYPE html><title>t</title>');

  it('listens on the address given with --host', async () => {
    const server = await startServe(path.join(root, 'out'), ['--host', 'localhost'], true);
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('says when there is no catalog to serve yet', async () => {
    const server = await startServe(root, [], true);
    await expect.poll(() => server.output()).toContain(`No catalog in ${root} yet: run npm run build:all (or npm run catalog) first.`);
    expect((await fetch(server.url)).status).toBe(404);
  });

  it('says in one line when the port is taken', async () => {
    const first = await startServe(path.join(root, 'out'), [], true);
    const port = new URL(first.url).port;
    await expect(startServe(path.join(root, 'out'), ['--port', port], true)).rejects.toThrow(`serve: port ${port} is in use; choose another with --port`);
  });
});
