// join-hyphenated-words: a word broken across lines with a hyphen ("pa-\ntience") is joined when the
// joined word is a real word: one the text itself uses, else one in the English word list. Otherwise
// the hyphen is kept ("well-\nknown" becomes "well-known"). Each join is reported.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { isEnglishWord } from '../text/english-words.ts';
import { reportChange } from './report-change.ts';

export interface Options {
  /** Also look the joined word up in the English word list. Default: `true`. */
  dictionary?: boolean;
}

const emptyOptions: Options = {};
const ruleId = 'join-hyphenated-words';
const brokenWord = /(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/gu;

const joinHyphenatedWords: Plugin<[Options?], Root> = function (options) {
  const useDictionary = (options ?? emptyOptions).dictionary ?? true;
  return function (tree, file) {
    // The text's own vocabulary, read before any change: a word it spells whole elsewhere is real.
    const vocabulary = new Set(toString(tree).toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
    visit(tree, 'text', (node: Text) => {
      if (!node.value.includes('\n')) return;
      const value = node.value.replace(brokenWord, (broken, head: string, tail: string) => {
        const joined = shouldJoin(head, tail) ? head + tail : `${head}-${tail}`;
        const reason = joined.includes('-') ? 'Kept the hyphen of a compound broken across lines' : 'Joined a word broken across lines';
        reportChange(file, { ruleId, reason, node, actual: broken, expected: joined });
        return joined;
      });
      node.value = value;
    });

    function shouldJoin(head: string, tail: string): boolean {
      // "Smith-\nJones", "mid-\nAtlantic": a capital after the break belongs to a name.
      if (/^\p{Lu}/u.test(tail) && !/^\p{Lu}+$/u.test(head + tail)) return false;
      const joined = (head + tail).toLowerCase();
      const hyphenated = `${head}-${tail}`.toLowerCase();
      if (vocabulary.has(joined)) return true;
      if (vocabulary.has(hyphenated)) return false;
      return useDictionary && isEnglishWord(joined);
    }
  };
};

export default joinHyphenatedWords;
