import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo } from '../helpers/judges.ts';
import { runBuildAll } from '../helpers/run-cli.ts';
import { seedFolder } from '../helpers/temp-dir.ts';

describe('build:all --page-size', async () => {
  const { root, seeds } = await seedFolder('page-size', {
    'tide.txt': 'Tide Tables\n\nThe harbour fills twice a day, whatever the council decides.\n',
  });
  // Two separate processes: rebuilds must match byte for byte, whatever each process cached.
  const [first, second] = await Promise.all([
    runBuildAll(['--seeds', seeds, '--out', path.join(root, 'a'), '--page-size', 'a4']),
    runBuildAll(['--seeds', seeds, '--out', path.join(root, 'b'), '--page-size', 'A4']),
  ]);

  it('sets A4 pages when asked, in any letter case', async () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect((await pdfInfo(path.join(root, 'a', 'tide.pdf')))['Page size']).toBe('595.28 x 841.89 pts (A4)');
  });

  it('gives byte-identical PDFs from separate runs', async () => {
    expect(second.code).toBe(0);
    const [a, b] = await Promise.all([readFile(path.join(root, 'a', 'tide.pdf')), readFile(path.join(root, 'b', 'tide.pdf'))]);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses an unknown size with the sizes it knows, and exit code 2', async () => {
    const result = await runBuildAll(['--seeds', seeds, '--out', path.join(root, 'c'), '--page-size', 'B5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown page size "B5"; use one of A5, A4, Letter.');
  });
});
