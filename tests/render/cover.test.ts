import { describe, expect, it } from 'vitest';
import { coverPixels, renderCoverPng, renderCoverSvg } from '../../pipeline/render/cover.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('renderCoverSvg', () => {
  it('sets the title in lines, with the author and the source', () => {
    const svg = renderCoverSvg({ title: 'Ferry crews walk out as harbour towns count the cost', author: 'Ines Calloway', source: 'The Harbour Post', date: '2024-06-02', language: 'en', slug: 's' });
    expect(svg.match(/<tspan /g)?.length).toBeGreaterThan(1);
    expect(svg).toContain('The Harbour Post');
    expect(svg).toContain('Ines Calloway');
    expect(svg).toContain('>2024<');
    expect(svg).not.toContain('{{');
  });

  it('shrinks the type until the longest word fits the width', () => {
    const size = (title: string) => Number(/font-size="(\d+)" font-weight="700"/.exec(renderCoverSvg({ title, language: 'de', slug: 's' }))?.[1]);
    expect(size('Short')).toBeGreaterThan(size('Donaudampfschifffahrtsgesellschaftskapitän'));
    expect(size('Donaudampfschifffahrtsgesellschaftskapitän') * 0.56 * 42).toBeLessThanOrEqual(1000);
  });

  it('escapes what it inserts', () => {
    const svg = renderCoverSvg({ title: '<script>alert(1)</script> & co', language: 'en', slug: 's' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });
});

describe('renderCoverPng', () => {
  it('draws a PNG of the 2:3 design at its pixel size, the same bytes every time', () => {
    const metadata = { title: 'A Lighthouse Keeper’s Ledger', source: 'The Coast Review', language: 'en', slug: 's' };
    const png = renderCoverPng(metadata);
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(png)).toEqual(coverPixels);
    expect(coverPixels.width * 3).toBe(coverPixels.height * 2);
    expect(coverPixels.width).toBeGreaterThanOrEqual(600);
    expect(Buffer.from(renderCoverPng(metadata)).equals(Buffer.from(png))).toBe(true);
    expect(Buffer.from(renderCoverPng({ ...metadata, title: 'Another Book' })).equals(Buffer.from(png))).toBe(false);
  });
});
