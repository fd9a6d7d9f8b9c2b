// The file name a reader's browser or e-reader saves a book under: its title, not its slug.
const extensions = { epub: 'epub', pdf: 'pdf', markdown: 'md' } as const;

/** Longest title part kept; long enough for real titles, short enough for every file system. */
const maxLength = 120;

export function downloadName(title: string, format: keyof typeof extensions): string {
  const readable = title
    .normalize('NFC')
    // Characters that Windows, macOS or a shell treat specially, and control characters.
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const stem = Array.from(readable).slice(0, maxLength).join('').trim() || 'book';
  return `${stem}.${extensions[format]}`;
}
