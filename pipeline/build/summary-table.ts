// The table that closes a build: a row per book built or failed, totals, and every failure's reason.
import type { BuildAllSummary } from './build-all.ts';

export function formatSummary(summary: BuildAllSummary): string {
  const rows = summary.results.filter((result) => result.status !== 'up to date');
  const lines: string[] = [];
  if (rows.length > 0) {
    const table = [
      ['book', 'words', 'changes', 'formats', 'time'],
      ...rows.map((result) => [
        result.slug,
        result.status === 'failed' ? '—' : String(result.words),
        result.status === 'failed' ? '—' : String(result.changes),
        result.status === 'failed' ? 'FAILED' : result.formats.map((format) => (format === 'markdown' ? 'md' : format)).join(','),
        seconds(result.milliseconds),
      ]),
    ];
    const built = summary.results.filter((result) => result.status === 'built');
    table.push(['total', String(sum(built.map((result) => result.words))), String(sum(built.map((result) => result.changes))), `${built.length} built`, seconds(summary.milliseconds)]);
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    const numeric = [false, true, true, false, true];
    for (const [index, row] of table.entries()) {
      lines.push(row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd());
      if (index === 0 || index === table.length - 2) lines.push(widths.map((width) => '─'.repeat(width)).join('  '));
    }
  }
  const total = summary.results.length;
  lines.push(`${total} book${total === 1 ? '' : 's'}: ${summary.built} built, ${summary.upToDate} up to date, ${summary.failed} failed → ${summary.outDir}`);
  if (summary.removed.length > 0) lines.push(`Removed the outputs of ${summary.removed.length} book${summary.removed.length === 1 ? '' : 's'} whose seed is gone: ${summary.removed.join(', ')}`);
  if (total === 0) lines.push('No .txt or .md seeds found.');
  const failures = summary.results.filter((result) => result.status === 'failed');
  if (failures.length > 0) lines.push('Failures:', ...failures.map((result) => `  ✗ ${result.error}`));
  return lines.join('\n');
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function seconds(milliseconds: number): string {
  return milliseconds >= 1000 ? `${(milliseconds / 1000).toFixed(1)} s` : `${Math.round(milliseconds)} ms`;
}
