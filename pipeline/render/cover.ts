// Cover: a typographic design from templates/cover.svg, filled with the book's title and source.
import type { BookMetadata } from '../book.ts';
import { loadTemplate } from '../templates.ts';

const maxLineLength = 18;
const maxLines = 7;

export function renderCoverSvg(metadata: BookMetadata): string {
  const lines = wrap(metadata.title, maxLineLength, maxLines);
  const titleSize = lines.length > 5 ? 84 : 104;
  const lineHeight = Math.round(titleSize * 1.18);
  const titleY = 760 - ((lines.length - 1) * lineHeight) / 2;
  const ruleY = titleY + (lines.length - 1) * lineHeight + 110;
  const titleLines = lines
    .map((line, index) => `<tspan x="600" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const fields: Record<string, string> = {
    label: escapeXml(`Cover: ${metadata.title}${metadata.source ? `, ${metadata.source}` : ''}`),
    titleLines,
    titleY: String(titleY),
    titleSize: String(titleSize),
    ruleY: String(ruleY),
    sourceY: String(ruleY + 110),
    source: escapeXml(metadata.source ?? metadata.author ?? ''),
  };
  return loadTemplate('cover.svg').replace(/\{\{(\w+)\}\}/g, (_, name: string) => fields[name] ?? '');
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

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
