// The direction of a paragraph of text, as the Unicode Bidirectional Algorithm decides it (rules P2
// and P3: its first strong character), for the renderers that must say or draw it.
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';

// bidi-js is a CommonJS module whose types declare an ES default export: required, it is the factory.
export const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();

/** Right-to-left scripts' blocks (Hebrew, Arabic, Syriac, Thaana, N'Ko…): text without any is left to right. */
export const rightToLeftScript = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (!rightToLeftScript.test(text)) return 'ltr';
  for (const character of text) {
    const type = bidi.getBidiCharTypeName(character);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return 'ltr';
}
