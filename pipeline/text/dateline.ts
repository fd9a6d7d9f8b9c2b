// Reads a dateline ("March 3, 2024", "Updated 14:05 GMT, 3 March 2024", "2024-03-03") as an ISO day.
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const datePatterns: Array<{ pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] }> = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: new RegExp(String.raw`\b${month}\s+${day},?\s+(\d{4})\b`, 'i'), read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
  { pattern: new RegExp(String.raw`\b${day}\s+${month},?\s+(\d{4})\b`, 'i'), read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
];

// What may stand around the date on a dateline without making it a sentence.
const allowedRest = new RegExp(
  [
    String.raw`\b(?:published|updated|posted|last|first|modified|on|at)\b`,
    String.raw`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\b\.?`,
    String.raw`\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?`,
    String.raw`\b\d{1,2}\s*[ap]\.?m\.?`,
    String.raw`\b(?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|aest)\b`,
    String.raw`[\s,.:;|·•()\-–—/]`,
  ].join('|'),
  'gi',
);

function monthNumber(name: string): number {
  return months.findIndex((full) => full.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** The ISO day of a line that is only a date (with times, weekdays, "Updated"); else undefined. */
export function readDateline(line: string): string | undefined {
  for (const { pattern, read } of datePatterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = (line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length)).replace(allowedRest, '');
    if (rest !== '') return undefined;
    const [year, monthOfYear, dayOfMonth] = read(match);
    const date = new Date(Date.UTC(year, monthOfYear - 1, dayOfMonth));
    if (monthOfYear < 1 || date.getUTCDate() !== dayOfMonth || date.getUTCMonth() !== monthOfYear - 1) return undefined;
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}
