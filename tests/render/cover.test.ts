import { describe, expect, it } from 'vitest';
import { renderCoverSvg } from '../../pipeline/render/cover.ts';

describe('renderCoverSvg', () => {
  it('sets the title in lines and the source below it', () => {
    const svg = renderCoverSvg({ title: 'Ferry crews walk out as harbour towns count the cost', source: 'The Harbour Post', language: 'en', slug: 's' });
    expect(svg.match(/<tspan /g)?.length).toBeGreaterThan(1);
    expect(svg).toContain('The Harbour Post');
    expect(svg).not.toContain('{{');
  });

  it('escapes what it inserts', () => {
    const svg = renderCoverSvg({ title: '<script>alert(1)</script> & co', language: 'en', slug: 's' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });
});
