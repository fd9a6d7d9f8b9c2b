// Cover: a typographic design from templates/cover.svg (title, author, source), as SVG for pages
// that can show it and as PNG for the EPUB, since several reader apps show no SVG covers.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { BookMetadata } from '../book.ts';
import { loadTemplate } from '../templates.ts';

const require = createRequire(import.meta.url);

/** The faces the cover is set in, from an npm package so every machine draws the same pixels. */
const coverFonts = [
  require.resolve('@expo-google-fonts/literata/400Regular_Italic/Literata_400Regular_Italic.ttf'),
  require.resolve('@expo-google-fonts/literata/700Bold/Literata_700Bold.ttf'),
  require.resolve('@expo-google-fonts/literata/400Regular/Literata_400Regular.ttf'),
];

/** Paper, ink and accent; a book keeps its palette because it is chosen by a hash of its title. */
const palettes = [
  { paper: '#f4efe6', ink: '#1d2731', accent: '#9b4a2c' },
  { paper: '#eef1ec', ink: '#1f3a33', accent: '#b5822b' },
  { paper: '#f3ede8', ink: '#3a1f2b', accent: '#3f6f8f' },
  { paper: '#ecf0f3', ink: '#16283d', accent: '#c0563a' },
  { paper: '#f5f0dc', ink: '#2c2a26', accent: '#6a7f3a' },
] as const;

/**
 * Pixels of the PNG; the design is drawn on a 1200 × 1800 grid and scaled. 600 × 900 is sharp in a
 * reader's library grid and legible full screen on a 6–8" reader (checked on a 1072 × 1448 screen).
 * resvg's time grows with the pixels, fresh pixel buffers above all: at 1200 × 1800 one cover took
 * ~120 ms of CPU, more than the rest of the EPUB, and ~35 ms at 600 × 900.
 */
export const coverPixels = { width: 600, height: 900 } as const;
const titleTop = 360;
const titleBottom = 1300;
const maxLines = 7;
/** Average advance of Literata Bold, in ems; used to fit lines and long words to the width. */
const averageAdvance = 0.56;
const usableWidth = 1000;

export function renderCoverSvg(metadata: BookMetadata): string {
  const titleSize = fitTitleSize(metadata.title);
  const perLine = Math.floor(usableWidth / (titleSize * averageAdvance));
  const lines = wrap(metadata.title, perLine, maxLines);
  const lineHeight = Math.round(titleSize * 1.15);
  const blockHeight = (lines.length - 1) * lineHeight + (metadata.author ? 200 : 80);
  const titleY = Math.round((titleTop + titleBottom) / 2 - blockHeight / 2 + titleSize * 0.35);
  const ruleY = titleY + (lines.length - 1) * lineHeight + 90;
  const titleLines = lines
    .map((line, index) => `<tspan x="600" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const palette = palettes[paletteIndex(metadata.title)]!;
  const byline = [metadata.title, metadata.author, metadata.source].filter(Boolean).join(', ');
  // The year above the title, when the book has a date.
  const kicker = /^\d{4}/.exec(metadata.date ?? '')?.[0] ?? '';
  const fields: Record<string, string> = {
    ...palette,
    label: escapeXml(`Cover: ${byline}`),
    kicker,
    kickerVisibility: kicker ? 'visible' : 'hidden',
    titleLines,
    titleY: String(titleY),
    titleSize: String(titleSize),
    ruleY: String(ruleY),
    authorY: String(ruleY + 100),
    author: escapeXml(truncate(metadata.author ?? '', 34)),
    source: escapeXml(truncate(metadata.source ?? '', 38)),
  };
  return loadTemplate('cover.svg').replace(/\{\{(\w+)\}\}/g, (_, name: string) => fields[name] ?? '');
}

/** The same picture as a PNG (see coverPixels), drawn by resvg with the bundled fonts only. */
export function renderCoverPng(metadata: BookMetadata): Uint8Array {
  const resvg = new Resvg(renderCoverSvg(metadata), {
    font: { fontFiles: coverFonts, loadSystemFonts: false, defaultFontFamily: 'Literata' },
    fitTo: { mode: 'width', value: coverPixels.width },
  });
  return resvg.render().asPng();
}

/** Big type for short titles; smaller for long ones, and small enough that the longest word fits. */
function fitTitleSize(title: string): number {
  const size = title.length <= 24 ? 124 : title.length <= 60 ? 104 : 84;
  const longestWord = Math.max(...title.split(/\s+/).map((word) => word.length));
  return Math.min(size, Math.floor(usableWidth / (longestWord * averageAdvance)));
}

function paletteIndex(title: string): number {
  return createHash('sha256').update(title).digest()[0]! % palettes.length;
}

/** Greedy word wrap; an over-long title ends in an ellipsis rather than running off the cover. */
function wrap(text: string, width: number, limit: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  kept[limit - 1] = `${kept[limit - 1]}…`;
  return kept;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
