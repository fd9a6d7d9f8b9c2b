// The line tests of pipeline/text/site-chrome.ts on their edge cases: chrome and the sentences and
// titles that look like it.
import { describe, expect, it } from 'vitest';
import { isBreadcrumb, isButtonBlock, isButtonLine, isFooterLine, isHeadlineLine, isWidgetLabel, navigationStrength } from '../../pipeline/text/site-chrome.ts';

describe('site chrome lines', () => {
  it('reads breadcrumbs and menu bars, not slashes inside words', () => {
    expect(isBreadcrumb('Home » Local News » Transport')).toBe(true);
    expect(isBreadcrumb('UK | World | Business')).toBe(true);
    expect(isBreadcrumb('Home / News / Environment')).toBe(true);
    expect(isBreadcrumb('Open 24/7 at the A/B station')).toBe(false);
    expect(isBreadcrumb('He said no. | She said yes, and left the room.')).toBe(false);
  });

  it('reads a line of buttons, not a sentence that starts with one', () => {
    for (const line of ['Share this:', 'Share on Facebook', '7 min read', 'Listen to this article', 'Like Reply', '1,204', 'Skip to content']) {
      expect(isButtonLine(line) || isWidgetLabel(line), line).toBe(true);
    }
    for (const line of ['Share a drill with the house next door.', 'Share of the blame', 'Listen to the river', 'Related work']) {
      expect(isButtonLine(line) || isWidgetLabel(line), line).toBe(false);
    }
  });

  it('reads widget labels and footers as whole lines only', () => {
    expect(isWidgetLabel('Comments (14)')).toBe(true);
    expect(isWidgetLabel('Comments are closed.')).toBe(true);
    expect(isWidgetLabel('Comments are welcome by post.')).toBe(false);
    expect(isWidgetLabel('You may also like')).toBe(true);
    expect(isWidgetLabel('You may also like the idea of a rota.')).toBe(false);
    expect(isFooterLine('You must log in or register to reply here.')).toBe(true);
    expect(isFooterLine('She had to register to vote for the first time at forty, and did so for her mother.')).toBe(false);
  });

  it('tells a headline from navigation', () => {
    expect(isHeadlineLine('City council approves new tram line to the airport')).toBe(true);
    expect(isHeadlineLine('Why does my oil finish stay sticky after a week?')).toBe(true);
    expect(isHeadlineLine('By Jane Okafor | Published 14 March 2025')).toBe(false);
    expect(navigationStrength('Menu')).toBe('strong');
    expect(navigationStrength('Local News')).toBe('weak');
    expect(navigationStrength('Facebook')).toBe('weak');
    expect(navigationStrength('City council approves new tram line')).toBe('none');
  });

  it('takes a block of buttons inside the article only with an action in it', () => {
    expect(isButtonBlock(['Share this:', 'Facebook', 'Email'])).toBe(true);
    expect(isButtonBlock(['Like Reply', 'Report'])).toBe(true);
    expect(isButtonBlock(['Facebook', 'Reddit'])).toBe(false);
    expect(isButtonBlock(['Share this:'])).toBe(false);
  });
});
