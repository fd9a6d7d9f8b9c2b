// A real headless browser (Debian's chromium, driven by playwright-core) against `npm run serve`:
// load the catalog, filter it, download an EPUB, and leave screenshots for a person to look at.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// Code run inside the page is passed as strings: this project's TypeScript has no DOM types.
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogSeeds } from '../helpers/catalog-seeds.ts';
import { startServe } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Kept after the run (the other temp folders are removed) so a person can open the screenshots. */
const screenshotDir = path.join(tmpdir(), 'ebook-pipeline-screenshots');

describe('the catalog in a real browser', async () => {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const root = await tempDir('browser');
  const out = await buildCatalogSeeds(root);
  const server = await startServe(out);
  await mkdir(screenshotDir, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(path.join(root, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1000, height: 900 },
  });
  afterAll(() => context.close());
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(server.url);
  const visibleTitles = () => page.locator('li.book:visible h2').allTextContents();

  it('shows every book, the markup title as plain text, and runs no injected script', async () => {
    expect(await visibleTitles()).toEqual(['<script>alert(1)</script>', 'Notes from a Café Terrace', 'Tide Tables for Small Harbours']);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'catalog.png'), fullPage: true });
  });

  it('loads nothing from outside the server', () => {
    expect(requested.length).toBeGreaterThan(1);
    for (const url of requested) expect(url.startsWith(server.url), url).toBe(true);
  });

  it('shows the cover thumbnails', async () => {
    const widths = (await page.evaluate("Array.from(document.querySelectorAll('img.cover'), (image) => image.naturalWidth)")) as number[];
    expect(widths).toHaveLength(3);
    for (const width of widths) expect(width).toBeGreaterThan(0);
  });

  it('reaches the search box from the keyboard and filters as you type', async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('search');
    await page.keyboard.type('tide');
    expect(await visibleTitles()).toEqual(['Tide Tables for Small Harbours']);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('1 of 3 books');
    await page.screenshot({ path: path.join(screenshotDir, 'catalog-filtered.png'), fullPage: true });
  });

  it('matches words in any order, across author and source, ignoring accents and case', async () => {
    await page.fill('#search', 'almanac VARGA');
    expect(await visibleTitles()).toEqual(['Tide Tables for Small Harbours']);
    await page.fill('#search', 'cafe');
    expect(await visibleTitles()).toEqual(['Notes from a Café Terrace']);
    await page.fill('#search', 'zebra');
    expect(await visibleTitles()).toEqual([]);
    expect(await page.locator('.no-match').isVisible()).toBe(true);
    await page.fill('#search', '');
    expect(await visibleTitles()).toHaveLength(3);
  });

  it('downloads an EPUB under its title, byte for byte the file in out/', async () => {
    await page.fill('#search', 'tide');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^EPUB/ }).click()]);
    expect(download.suggestedFilename()).toBe('Tide Tables for Small Harbours.epub');
    const saved = path.join(root, 'downloaded.epub');
    await download.saveAs(saved);
    expect((await readFile(saved)).equals(await readFile(path.join(out, 'tide-tables.epub')))).toBe(true);
  });

  it('fits a phone screen and has a dark scheme', async () => {
    await page.fill('#search', '');
    await page.setViewportSize({ width: 375, height: 800 });
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshotDir, 'catalog-phone.png'), fullPage: true });
    const light = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(dark).not.toBe(light);
    await page.screenshot({ path: path.join(screenshotDir, 'catalog-phone-dark.png'), fullPage: true });
    console.log(`Screenshots: ${screenshotDir}`);
  });
});
