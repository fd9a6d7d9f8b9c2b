// What a failed book's line says: user mistakes in one line with what to do, anything else as a bug.
import { isSeedError } from '../seed-error.ts';
import { ConfigError } from './config.ts';
import { isOutputError } from './output-error.ts';

export function explainError(error: unknown, seedPath: string): string {
  if (isSeedError(error) || isOutputError(error) || error instanceof ConfigError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return `${seedPath}: cannot be read (permission denied). Check the file's permissions.`;
  if (code === 'EISDIR') return `${seedPath}: is a folder, not a seed file.`;
  if (code === 'ENOENT') return `${seedPath}: could not be found (a broken link?). Remove it or point it at a file.`;
  const reason = error instanceof Error ? error.message : String(error);
  return `${seedPath}: internal error while building (${reason}). Please report it with this seed.`;
}
