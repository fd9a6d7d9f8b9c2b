// Site furniture written as sentences: each test on lines that are furniture and on look-alikes
// from an article's own text (a quoted call, a sentence about newsletters, a real biography).
import { describe, expect, it } from 'vitest';
import {
  authorBoxName, isCall, isCallDetail, isCreditTrailer, isDisclosure, isForumFurniture, isSentenceChrome, isSlotMarker, isTagItem, isTeaser, isTopicLabel,
} from '../../pipeline/text/chrome-sentences.ts';

describe('chrome written as sentences', () => {
  it('knows a disclosure over a review, not a sentence about commissions', () => {
    expect(isDisclosure('This post may contain affiliate links. If you buy through them, we may earn a commission.')).toBe(true);
    expect(isDisclosure('We may earn a commission from links on this page.')).toBe(true);
    expect(isDisclosure('As an Amazon Associate, we earn from qualifying purchases.')).toBe(true);
    expect(isDisclosure('Farmers earn a commission on every lamb sold at the mart.')).toBe(false);
    expect(isDisclosure('“This post may contain affiliate links,” the blogger wrote in 2012.')).toBe(false);
  });

  it('knows a call to sign up, not a paragraph that discusses one, nor someone speaking', () => {
    expect(isCall('Sign up for our daily briefing')).toBe(true);
    expect(isCall('Get the best of the valley in your inbox every morning.')).toBe(true);
    expect(isCall('Download our free app for breaking news alerts.')).toBe(false);
    expect(isCall('“Sign up for the newsletter,” she said.')).toBe(false);
    expect(isCall('Sign up for the litter pick on Saturday.')).toBe(false);
    expect(isCall('Sign up for anything online and the newsletters follow. Subscribe once and you get three a week. Nobody reads them.')).toBe(false);
    expect(isCallDetail('Recipes and kitchen tests in your inbox every Sunday.')).toBe(true);
    expect(isCallDetail('The soup needs an hour on a low heat.')).toBe(false);
  });

  it('knows slot markers and teasers as whole lines only', () => {
    for (const line of ['Advertisement', 'ADVERTISEMENT', 'Story continues below', 'Continue reading below', 'Sponsored content']) expect(isSlotMarker(line), line).toBe(true);
    expect(isSlotMarker('Advertisement was his trade.')).toBe(false);
    expect(isTeaser('Read more: Parking charges to rise in the spring')).toBe(true);
    expect(isTeaser('WATCH | Divers find a wreck off the point')).toBe(true);
    expect(isTeaser('Read more slowly, and the pattern is plain: it is the product.')).toBe(false);
    expect(isTeaser('Related: the council never said why.')).toBe(false);
    expect(isSentenceChrome('Read more: A bridge too far for the bypass')).toBe(true);
  });

  it('knows a wire story’s credits, not a sentence about reporting', () => {
    expect(isCreditTrailer('Reporting by Ana Ruiz in Lima; Editing by Tom Webb')).toBe(true);
    expect(isCreditTrailer('Jane Doe contributed reporting from Geneva.')).toBe(true);
    expect(isCreditTrailer('Purchase licensing rights')).toBe(true);
    expect(isCreditTrailer('Reporting by the auditors found that two firms had been paid twice.')).toBe(false);
  });

  it('knows topic labels, tags and a forum’s furniture', () => {
    expect(isTopicLabel('Suggested Topics:')).toBe(true);
    expect(isTopicLabel('Topics of the day were many')).toBe(false);
    expect(isTagItem('Local news')).toBe(true);
    expect(isTagItem('It rained.')).toBe(false);
    for (const line of ['Quote', 'Last edited: Jan 15, 2026', 'Messages 96,233', 'Members online: 23']) expect(isForumFurniture(line), line).toBe(true);
    expect(isForumFurniture('Quote the price before you start.')).toBe(false);
  });

  it('finds the name in an author box, and only when the sentence is about a writer', () => {
    expect(authorBoxName('Priya Nair is a senior reporter at the Valley Herald covering agriculture.')).toBe('Priya Nair');
    expect(authorBoxName('Ana de la Cruz is the Courier’s education correspondent.')).toBe('Ana de la Cruz');
    expect(authorBoxName('Tomas Reyes is a retired marine engineer who lives in Cobh.')).toBeUndefined();
    expect(authorBoxName('The mayor is a former reporter.')).toBeUndefined();
  });
});
