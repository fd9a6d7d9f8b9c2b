import { describe, expect, it } from 'vitest';
import { commentSectionStart } from '../../pipeline/text/comment-section.ts';

const post = ['A post about pruning', 'The old pear got a light trim this year, since it fruited heavily last autumn.'];

describe('commentSectionStart', () => {
  it('opens at a heading counting the comments when a comment follows it', () => {
    const lines = [...post, '2 thoughts on “A post about pruning”', 'Ivy Lamb says:', 'Mine too!', 'Reply', 'Leave a Reply', 'Post Comment'];
    expect(commentSectionStart(lines)).toBe(2);
  });

  it('opens at a named heading followed by a dated comment', () => {
    expect(commentSectionStart([...post, 'Comments (1)', '12 March 2025 at 9:15', 'Lovely tree.'])).toBe(2);
  });

  it('opens at a discussion heading whose first comment has a name and a date without a year', () => {
    expect(commentSectionStart([...post, 'Discussion about this post', 'Comments', 'Restacks', 'Ivy L.', 'Jun 4', 'Same here.', 'Reply'])).toBe(2);
  });

  it('opens at the reply form when only the form and a footer follow it', () => {
    expect(commentSectionStart([...post, 'Leave a comment', 'Your email address will not be published.', 'Name *', '© 2025 The Orchard Diary'])).toBe(2);
  });

  it('finds none for "Leave a comment" under a byline with the post after it', () => {
    expect(commentSectionStart(['A post about pruning', 'March 9, 2025 by ivylamb', 'Leave a comment', post[1]!, 'We will see what the spring brings, and whether the cuts heal clean.'])).toBeUndefined();
  });

  it('finds none for a story whose own short lines follow a "Leave a Reply" line', () => {
    expect(commentSectionStart([...post, 'Leave a Reply', 'OK.', 'I did.', 'The end.'])).toBeUndefined();
  });

  it('finds none for an essay section called "Responses" with no comment or form in it', () => {
    expect(commentSectionStart([...post, 'Responses', 'Most tenants said they heat one room only.', 'The replies from older tenants were the shortest.'])).toBeUndefined();
  });
});
