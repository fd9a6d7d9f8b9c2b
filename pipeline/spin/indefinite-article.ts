// "An area probe" repaired to "space probe" must read "A space probe": when a repair changes the
// sound a word starts with, the article before it follows, so long as it agreed with the spun word.
import type { Edit } from './text-blocks.ts';

// By first letter, with the common exceptions ("an hour", "a university", "a one-off").
function takesAn(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return true;
  if (/^(?:uni|use|usu|ure|eu|one\b|once)/.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}

const articleBefore = /(?<![\p{L}\p{N}])(a|an|A|An)(\s+)$/u;

/** Widens an edit to the article before it when the replacement needs the other one; otherwise returns it as is. */
export function agreeArticle<T extends Edit & { actual: string }>(text: string, edit: T): T {
  const found = articleBefore.exec(text.slice(Math.max(0, edit.start - 8), edit.start));
  if (!found) return edit;
  const [whole, article, space] = found as unknown as [string, string, string];
  const spunWantsAn = takesAn(edit.actual);
  const hasAn = article.toLowerCase() === 'an';
  // An article that did not agree with the spun word was the author's choice (or a typo): leave it.
  if (hasAn !== spunWantsAn || takesAn(edit.replacement) === hasAn) return edit;
  const newArticle = hasAn ? article.slice(0, 1) : `${article}n`;
  const start = edit.start - whole.length;
  return { ...edit, start, actual: text.slice(start, edit.end), replacement: `${newArticle}${space}${edit.replacement}` };
}
