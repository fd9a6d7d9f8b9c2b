import { describe, expect, it } from 'vitest';
import { readDateline } from '../../pipeline/text/dateline.ts';

describe('readDateline', () => {
  it.each([
    ['March 3, 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['Updated 14:05 GMT, 3 March 2024', '2024-03-03'],
    ['Published: Mon 4 Mar 2024 10.00 GMT', '2024-03-04'],
    ['Posted on Sept. 9, 2023 at 5 pm', '2023-09-09'],
    ['Tuesday, March 3rd, 2024', '2024-03-03'],
    ['2024-03-03', '2024-03-03'],
  ])('reads %s', (line, day) => {
    expect(readDateline(line)).toBe(day);
  });

  it.each(['On March 3, 2024 we left.', 'February 30, 2024', 'March 2024', 'In 2024-01-01 terms', '2020. A year to forget.'])(
    'leaves %s alone: not a date, or more than a date',
    (line) => {
      expect(readDateline(line)).toBeUndefined();
    },
  );
});
