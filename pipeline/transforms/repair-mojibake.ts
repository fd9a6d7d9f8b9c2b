// repair-mojibake: text that was UTF-8 but got read as Windows-1252 ("â€™", "Ã©") is put back.
// Each suspicious run is turned back into the bytes it came from and decoded as UTF-8; a run
// that does not decode cleanly is left alone, so real accented text is never touched.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { encode } from 'windows-1252';
import { reportChange } from './report-change.ts';

export type Options = Record<string, never>;

const ruleId = 'repair-mojibake';

// A UTF-8 lead byte (0xC2–0xF4) seen as Windows-1252, then one to three continuation bytes
// (0x80–0xBF) seen the same way: Windows-1252 shows 0x80–0x9F as € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
const continuation = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
// The lead byte says how many continuation bytes follow, so a real curly quote after "Ã©" is not swallowed.
const suspicious = new RegExp(`[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

const repairMojibake: Plugin<[Options?], Root> = function () {
  return function (tree, file) {
    visit(tree, 'text', (node: Text) => {
      const value = node.value.replace(suspicious, (run) => decodeRun(run) ?? run);
      if (value === node.value) return;
      reportChange(file, { ruleId, reason: 'Repaired UTF-8 text that had been read as Windows-1252', node, actual: node.value, expected: value });
      node.value = value;
    });
  };
};

function decodeRun(run: string): string | undefined {
  const bytes = new Uint8Array(run.length);
  try {
    for (let index = 0; index < run.length; index += 1) {
      const code = run.charCodeAt(index);
      // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; decoders pass them through as
      // C1 controls, so a code below 0x100 is its own byte. (Node's TextDecoder reads windows-1252
      // as Latin-1, hence the library for 0x80–0x9F.)
      bytes[index] = code < 0x100 ? code : encode(run[index]!, { mode: 'fatal' })[0]!;
    }
    const decoded = utf8.decode(bytes);
    // One character must come out of the whole run, or it was not a single misread character.
    return [...decoded].length === 1 ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export default repairMojibake;
