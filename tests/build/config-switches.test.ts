// The config file switches cleanup rules off and drops captions for the whole build (issue 4's
// switches, reaching the pooled build through ebook.config.yaml).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuildAll } from '../helpers/run-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const spunArticle = [
  'Harbour Works Begin',
  'The council stated on Monday that 1000’s of residents would develop into users of the new ferry.',
  'Boats wait in the harbour at dawn. Credit: AP',
  'The ferry is one of many services primarily based on the plan.',
].join('\n\n');

describe('transforms and captions in the config file', async () => {
  const root = await tempDir('config-switches');
  await mkdir(path.join(root, 'seeds'));
  await writeFile(path.join(root, 'seeds', 'harbour.txt'), `${spunArticle}\n`);

  it('with repair-spin off and captions dropped, the spun words stay and the caption goes, both in the report', async () => {
    await writeFile(path.join(root, 'ebook.config.yaml'), 'formats: [markdown]\ntransforms:\n  repair-spin: false\ncaptions: drop\n');
    const result = await runBuildAll(['--out', 'off'], { cwd: root });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const markdown = await readFile(path.join(root, 'off', 'harbour.md'), 'utf8');
    expect(markdown).toContain('The council stated on Monday that 1000’s of residents would develop into users');
    expect(markdown).not.toContain('Boats wait in the harbour');
    const report = await readFile(path.join(root, 'off', 'harbour.report.md'), 'utf8');
    expect(report).toContain('drop-captions');
    expect(report).not.toContain('repair-spin');
  });

  it('without them the same seed is repaired and keeps its caption (so the switches are what changed it)', async () => {
    await writeFile(path.join(root, 'ebook.config.yaml'), 'formats: [markdown]\n');
    const result = await runBuildAll(['--out', 'on'], { cwd: root });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const markdown = await readFile(path.join(root, 'on', 'harbour.md'), 'utf8');
    expect(markdown).toContain('that thousands of residents would become users of the new ferry');
    expect(markdown).toContain('Boats wait in the harbour at dawn.');
    expect(await readFile(path.join(root, 'on', 'harbour.report.md'), 'utf8')).toContain('repair-spin');
  });
});
