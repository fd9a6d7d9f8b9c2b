// Look and layout live in templates/: this module loads them, relative to the code, not the cwd.
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/** Text of a file under templates/ (e.g. `epub/style.css`), read once per process. */
export function loadTemplate(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(new URL(`../templates/${relativePath}`, import.meta.url), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}
