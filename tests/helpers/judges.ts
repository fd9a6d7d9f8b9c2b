// The independent judges every output must satisfy: EPUBCheck, DAISY Ace, pandoc, qpdf, pdffonts,
// pdftotext, remark.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const run = promisify(execFile);
const epubcheckJar = '/usr/share/java/epubcheck.jar';

export interface EpubCheckResult {
  errors: number;
  warnings: number;
  /** The judge's own words, to show when a test fails. */
  output: string;
  judge: 'java-epubcheck' | 'epubcheck-ts';
}

async function hasJava(): Promise<boolean> {
  try {
    await run('java', ['-version']);
    return true;
  } catch {
    return false;
  }
}

/** Java EPUBCheck where Java and Debian's jar are present (as in CI), else the npm port. */
export async function epubCheck(file: string): Promise<EpubCheckResult> {
  if (existsSync(epubcheckJar) && (await hasJava())) {
    const { stdout, stderr } = await run('java', ['-jar', epubcheckJar, file]).catch((error: { stdout: string; stderr: string }) => error);
    const output = `${stdout}\n${stderr}`;
    const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
    if (!counts) throw new Error(`EPUBCheck printed no summary:\n${output}`);
    return { errors: Number(counts[1]) + Number(counts[2]), warnings: Number(counts[3]), output, judge: 'java-epubcheck' };
  }
  const { EpubCheck } = await import('@likecoin/epubcheck-ts');
  const result = await EpubCheck.validate(await readFile(file));
  const output = result.messages.map((message) => `${message.severity} ${message.id ?? ''}: ${message.message}`).join('\n');
  return { errors: result.errorCount + (result.fatalCount ?? 0), warnings: result.warningCount, output, judge: 'epubcheck-ts' };
}

export async function qpdfCheck(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', file]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; code?: number };
    // qpdf exits 3 for warnings only; the test treats warnings as failures too.
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // Columns from the right: emb sub uni object-number generation.
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
}

export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

export function parseMarkdownBack(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown);
}

/** Collapses all whitespace so that line breaks chosen by a layout engine do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of each page, as pdftotext gives it (pages split at form feeds). */
export async function pdfPages(file: string): Promise<string[]> {
  const text = await pdfText(file);
  return text.split('\f').slice(0, -1);
}

/** The structure tree as poppler reads it: one element type per line, indented by depth. */
export async function pdfStructure(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-struct-text', file]);
  return stdout;
}

/** The XMP metadata packet. */
export async function pdfXmp(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-meta', file]);
  return stdout;
}

export interface PdfBookmark {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  kids: PdfBookmark[];
}

/** The outline (bookmarks) as qpdf reads it. */
export async function pdfOutline(file: string): Promise<PdfBookmark[]> {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=outlines', file]);
  interface Raw {
    title: string;
    destpageposfrom1: number;
    kids: Raw[];
  }
  const convert = (items: Raw[]): PdfBookmark[] => items.map((item) => ({ title: item.title, page: item.destpageposfrom1, kids: convert(item.kids) }));
  return convert((JSON.parse(stdout) as { outlines: Raw[] }).outlines);
}

export interface AceViolation {
  /** axe's impact: minor, moderate, serious or critical. */
  impact: string;
  rule: string;
  description: string;
  /** The content document it was found in. */
  document: string;
}

/** The parts of an Ace report the tests read (Ace ships no types). */
interface AceReport {
  assertions: Array<{
    'earl:testSubject': { url: string };
    assertions: Array<{ 'earl:test': { 'earl:impact': string; 'dct:title': string }; 'earl:result': { 'dct:description'?: string } }>;
  }>;
  'a11y-metadata': { present: string[]; missing: string[] };
}

const requireFromHere = createRequire(import.meta.url);

/**
 * DAISY Ace on an EPUB, driving Debian's chromium through puppeteer (see .puppeteerrc.cjs: no
 * browser is ever downloaded). Returns every violation with its impact.
 */
export async function aceCheck(file: string): Promise<{ violations: AceViolation[]; metadataPresent: string[]; output: string }> {
  process.env['PUPPETEER_EXECUTABLE_PATH'] ??= '/usr/bin/chromium';
  const ace = requireFromHere('@daisy/ace-core') as (epub: string, options: object, runner: unknown) => Promise<[unknown, AceReport]>;
  const runner = requireFromHere('@daisy/ace-axe-runner-puppeteer') as unknown;
  // Ace logs through winston's default logger; without a transport winston complains on every line.
  const winston = createRequire(requireFromHere.resolve('@daisy/ace-core'))('winston') as {
    transports: { Console: new (options: object) => unknown };
    add: (transport: unknown) => void;
  };
  if (!silencedWinston) {
    winston.add(new winston.transports.Console({ silent: true }));
    silencedWinston = true;
  }
  const outdir = await mkdtemp(path.join(tmpdir(), 'ace-'));
  try {
    const [, report] = await ace(path.resolve(file), { cwd: process.cwd(), outdir, initLogger: false, silent: true }, runner);
    const violations = report.assertions.flatMap((document) =>
      document.assertions.map((assertion) => ({
        impact: assertion['earl:test']['earl:impact'],
        rule: assertion['earl:test']['dct:title'],
        description: assertion['earl:result']['dct:description'] ?? '',
        document: document['earl:testSubject'].url,
      })),
    );
    const output = violations.map((violation) => `${violation.impact} ${violation.rule} in ${violation.document}: ${violation.description}`).join('\n') || 'Ace: no violations';
    return { violations, metadataPresent: report['a11y-metadata'].present, output };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

let silencedWinston = false;

/** The EPUB as plain text, read by pandoc's own EPUB reader (spine order, no navigation document). */
export async function pandocEpubText(file: string): Promise<string> {
  const { stdout } = await run('pandoc', ['--from', 'epub', '--to', 'plain', '--wrap=none', file], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Letters-and-digits words in order: what "the same text" means across two formats' markup. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
