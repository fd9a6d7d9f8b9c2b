// Errors about the output folder or the build as a whole (not one seed): they say what happened and what to do.
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

export function isOutputError(error: unknown): error is OutputError {
  return error instanceof OutputError;
}

/** Turns a file-system error on `target` into a sentence a user can act on; other errors are bugs and pass through. */
export function explainWriteError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new OutputError(`${target}: cannot be written (permission denied). Make the output folder writable or choose another with --out.`);
    case 'EROFS':
      return new OutputError(`${target}: cannot be written (the file system is read-only). Choose another output folder with --out.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(`${target}: could not be written (the disk is full). Free some space and build again; earlier outputs were kept whole.`);
    case 'EFBIG':
      return new OutputError(`${target}: could not be written (it is larger than the file-size limit, \`ulimit -f\`, of this build or its file system). Raise the limit or choose another output folder with --out, and build again; earlier outputs were kept whole.`);
    case 'ENOTDIR':
    case 'EEXIST':
      return new OutputError(`${target}: cannot be written (a file stands where a folder should be). Choose another output folder with --out.`);
    default:
      return error;
  }
}
