// An HTTP server for out/: serve-static does types, ETag/Last-Modified, ranges and refuses `..`;
// this module adds download names made from titles, OPDS feed types, and stops symlinks leading out.
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import contentDisposition from 'content-disposition';
import serveStatic from 'serve-static';
import { bookRecordFormat, recordFileName, type BookFile, type BookRecord } from '../build/book-record.ts';
import { downloadName } from '../catalog/download-name.ts';
import { acquisitionFeedType } from '../catalog/opds-feed.ts';

const bookFormats: Record<string, BookFile['format']> = { '.epub': 'epub', '.pdf': 'pdf', '.md': 'markdown' };

/** Types send's mime table does not know as we want them. */
const contentTypes: Record<string, string> = {
  'opds.xml': `${acquisitionFeedType};charset=utf-8`,
};

export function createOutServer(outDir: string): Server {
  const root = path.resolve(outDir);
  const serveFiles = serveStatic(root, {
    index: ['index.html'],
    dotfiles: 'ignore',
    fallthrough: false,
    redirect: false,
    setHeaders(response, filePath) {
      const type = contentTypes[path.relative(root, filePath)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  return createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    handle(root, request, response, serveFiles).catch((error: unknown) => fail(response, 500, (error as Error).message));
  });
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse, serveFiles: ReturnType<typeof serveStatic>): Promise<void> {
  const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return fail(response, 400, 'Bad request');
  }
  if (decoded.includes('\0')) return fail(response, 400, 'Bad request');
  const target = path.join(root, decoded);
  if (!isInside(root, target)) return fail(response, 403, 'Forbidden');
  // A symlink inside out/ may point anywhere: compare where it really leads, not its name.
  const real = await realTarget(target);
  if (real === 'missing') return fail(response, 404, 'Not found');
  if (!isInside(await realpath(root), real)) return fail(response, 403, 'Forbidden');
  const format = bookFormats[path.extname(target)];
  if (format && path.dirname(target) === root) {
    const title = await titleFor(root, path.basename(target, path.extname(target)));
    response.setHeader('Content-Disposition', contentDisposition(downloadName(title, format)));
  }
  serveFiles(request, response, (error?: { status?: number; statusCode?: number }) => {
    const status = error?.status ?? error?.statusCode ?? 404;
    fail(response, status, status === 404 ? 'Not found' : status === 403 ? 'Forbidden' : 'Error');
  });
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of a file, or of a folder's index.html, which is what serve-static would send. */
async function realTarget(target: string): Promise<string> {
  try {
    const real = await realpath(target);
    return (await stat(real)).isDirectory() ? await realpath(path.join(real, 'index.html')) : real;
  } catch {
    return 'missing';
  }
}

/** The book's title from its record; the file's own name when there is no usable record. */
async function titleFor(root: string, slug: string): Promise<string> {
  try {
    const record = JSON.parse(await readFile(path.join(root, recordFileName(slug)), 'utf8')) as Partial<BookRecord>;
    if (record.format === bookRecordFormat && typeof record.metadata?.title === 'string' && record.metadata.title.trim()) return record.metadata.title;
  } catch {
    // No record (a file copied in by hand): fall through to the slug.
  }
  return slug;
}

function fail(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  for (const name of response.getHeaderNames()) if (name !== 'x-content-type-options') response.removeHeader(name);
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end(`${message}\n`);
}
