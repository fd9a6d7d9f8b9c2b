// Every folder tests/fixtures/<rule>/<case>/ is a case: input.txt or input.md, the expected
// output.md (missing: the cleaned text equals the input), an optional options.json.
// UPDATE=1 rewrites the expected files, which a person then reviews.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { parseSeed } from '../../pipeline/parse.ts';
import { transforms } from '../../pipeline/transforms/index.ts';
import { markdownStyle } from '../../pipeline/render/markdown.ts';

const fixturesRoot = new URL('../fixtures/', import.meta.url);
const stringifier = unified().use(remarkStringify, markdownStyle);

const ruleIds = new Set(transforms.map((transform) => transform.id));
const ruleFolders = readdirSync(fixturesRoot).filter((name) => ruleIds.has(name));

describe.each(ruleFolders)('%s', (ruleId) => {
  const transform = transforms.find((entry) => entry.id === ruleId)!;
  const ruleDir = new URL(`${ruleId}/`, fixturesRoot);
  const cases = readdirSync(ruleDir);

  it('has cases that change the text and cases that must stay as they are', () => {
    const unchanged = cases.filter((name) => !existsSync(new URL(`${name}/output.md`, ruleDir)));
    expect(unchanged.length, 'a case without output.md (must stay unchanged)').toBeGreaterThan(0);
    expect(cases.length - unchanged.length, 'a case with output.md (must change)').toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (caseName) => {
    const caseDir = path.join(ruleDir.pathname, caseName);
    const inputName = existsSync(path.join(caseDir, 'input.md')) ? 'input.md' : 'input.txt';
    const input = readFileSync(path.join(caseDir, inputName), 'utf8');
    const optionsPath = path.join(caseDir, 'options.json');
    const options: unknown = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : undefined;

    const { tree } = parseSeed(input, inputName === 'input.md' ? 'markdown' : 'text', inputName);
    const before = stringifier.stringify(structuredClone(tree));
    const file = new VFile({ path: inputName, value: input, data: { seedKind: inputName === 'input.md' ? 'markdown' : 'text' } });
    const processor = unified().use(transform.plugin as never, options);
    const cleaned = (await processor.run(tree, file)) as Root;
    const actual = stringifier.stringify(cleaned);

    const outputPath = path.join(caseDir, 'output.md');
    if (process.env.UPDATE && actual !== before) writeFileSync(outputPath, actual);
    const expected = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : before;
    expect(actual).toBe(expected);

    // Nothing changes silently, and no fix is reported that did not happen (fixes are info
    // messages, fatal === undefined; warnings may flag text that was left alone).
    const fixes = file.messages.filter((message) => message.ruleId === ruleId && message.fatal === undefined);
    if (actual !== before) expect(fixes.length, 'changes must be reported').toBeGreaterThan(0);
    else expect(fixes, 'no change, so no fix may be reported').toEqual([]);
  });
});
