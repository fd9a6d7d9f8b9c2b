// How a build talks: a progress bar on a terminal, one line per book otherwise, nothing but
// failures with --quiet, one JSON document with --json. The summary table closes the first two.
import { SingleBar } from 'cli-progress';
import type { BookResult, BuildAllSummary, BuildReporter } from './build-all.ts';
import { formatSummary } from './summary-table.ts';

export type ReporterKind = 'auto' | 'plain' | 'quiet' | 'json';

export interface Terminal {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stdout is an interactive terminal (progress bar) or a pipe, file or CI log. */
  isTTY: boolean;
  stream?: NodeJS.WriteStream;
}

export function createReporter(kind: ReporterKind, terminal: Terminal): BuildReporter {
  if (kind === 'json') return jsonReporter(terminal);
  if (kind === 'quiet') return quietReporter(terminal);
  if (kind === 'auto' && terminal.isTTY && terminal.stream) return barReporter(terminal, terminal.stream);
  return plainReporter(terminal);
}

export function describeResult(result: BookResult): string {
  if (result.status === 'failed') return `✗ ${result.error}`;
  const from = result.sources.length === 1 ? result.sources[0] : `${result.sources.length} seeds`;
  if (result.status === 'up to date') return `· ${from} → ${result.slug} (up to date)`;
  const formats = result.formats.map((format) => (format === 'markdown' ? 'md' : format)).join(', ');
  return `✓ ${from} → ${result.slug} (${formats}; ${result.words} words) — ${result.summaryLine ?? `${result.changes} cleanup change${result.changes === 1 ? '' : 's'}`}`;
}

function plainReporter(terminal: Terminal): BuildReporter {
  return {
    note: terminal.out,
    start: () => {},
    bookStarted: () => {},
    bookDone: (result) => terminal.out(describeResult(result)),
    finish: (summary) => {
      terminal.out(formatSummary(summary));
      if (summary.catalog) terminal.out(summary.catalog);
    },
  };
}

function quietReporter(terminal: Terminal): BuildReporter {
  return {
    start: () => {},
    bookStarted: () => {},
    bookDone: (result) => {
      if (result.status === 'failed') terminal.err(describeResult(result));
    },
    finish: () => {},
  };
}

function jsonReporter(terminal: Terminal): BuildReporter {
  return {
    // stdout holds the one JSON document.
    note: terminal.err,
    start: () => {},
    bookStarted: () => {},
    bookDone: () => {},
    finish: (summary: BuildAllSummary) => terminal.out(JSON.stringify(summary, null, 2)),
  };
}

// The bar counts books to build (up-to-date ones are not work); failures are printed above it.
function barReporter(terminal: Terminal, stream: NodeJS.WriteStream): BuildReporter {
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} books | {eta_formatted} left | {current}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  const running = new Set<string>();
  let active = false;
  return {
    note: terminal.out,
    start: (_books, stale) => {
      if (stale === 0) return;
      active = true;
      bar.start(stale, 0, { current: '' });
    },
    bookStarted: (slug) => {
      running.add(slug);
      if (active) bar.update({ current: [...running].join(', ') });
    },
    bookDone: (result) => {
      running.delete(result.slug);
      if (result.status === 'up to date' || !active) return;
      if (result.status === 'failed') {
        stream.write('\r\x1b[2K');
        terminal.out(describeResult(result));
      }
      bar.increment(1, { current: [...running].join(', ') });
    },
    finish: (summary) => {
      if (active) bar.stop();
      terminal.out(formatSummary(summary));
      if (summary.catalog) terminal.out(summary.catalog);
    },
  };
}
