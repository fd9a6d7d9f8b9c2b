// Errors a user can cause with a seed: they name the file, the problem and what to do about it.

export class SeedError extends Error {
  override readonly name = 'SeedError';

  constructor(
    /** Path of the seed as the user gave it. */
    readonly seedPath: string,
    /** What is wrong, in one sentence. */
    readonly problem: string,
    /** What the user can do about it. */
    readonly remedy: string,
  ) {
    super(`${seedPath}: ${problem} ${remedy}`);
  }
}

export function isSeedError(error: unknown): error is SeedError {
  return error instanceof SeedError;
}
