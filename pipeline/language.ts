// Language of a book's text, detected with franc when neither front matter nor the text says.
import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';

export interface DetectLanguageOptions {
  /**
   * Shortest text, in characters, that is trusted; franc guesses wildly on a sentence or two
   * (a short English line can come out as Tamazight). Default: 200.
   */
  minLength?: number;
}

const emptyOptions: DetectLanguageOptions = {};

// franc's Scots model is trained on a text close to English spelling: plain English articles scored
// within 0.2–1.5% of it, and a blog post of 300 words came out as Scots (`sco`) ahead of English.
const lookAlikes = ['sco'];

/**
 * BCP 47 tag of the text's language (`en`, `de`; a three-letter code where ISO 639-1 has no
 * two-letter one), or undefined when the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = emptyOptions): string | undefined {
  const code = franc(text, { minLength: options.minLength ?? 200, ignore: lookAlikes });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}
