// The cleanup transforms, in the order they run. Each entry is one unified plugin from this folder.
// Order matters where noted: repairs of garbled characters come first (they keep line breaks), so
// that the structure rules read real words; the structure rules read raw lines, so they run before
// anything joins them; the rules reading the text (captions, duplicates, boilerplate) follow;
// typography comes last.
import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { CleanupSettings, TransformContext } from './settings.ts';
import stripHtml from './strip-html.ts';
import repairMojibake from './repair-mojibake.ts';
import removeInvisibleCharacters from './remove-invisible-characters.ts';
import resolveSpintax from './resolve-spintax.ts';
import detectSceneBreaks from './detect-scene-breaks.ts';
import removeSiteChrome from './remove-site-chrome.ts';
import extractByline from './extract-byline.ts';
import detectBlockQuotes from './detect-block-quotes.ts';
import detectLists from './detect-lists.ts';
import detectHeadings from './detect-headings.ts';
import joinHyphenatedWords from './join-hyphenated-words.ts';
import unwrapHardWraps from './unwrap-hard-wraps.ts';
import normalizeWhitespace from './normalize-whitespace.ts';
import repairSpin from './repair-spin.ts';
import restoreSentenceSpace from './restore-sentence-space.ts';
import recognizeCaptions from './recognize-captions.ts';
import collapseDuplicateParagraphs from './collapse-duplicate-paragraphs.ts';
import removeLearnedBoilerplate from './remove-learned-boilerplate.ts';
import removeBoilerplate from './remove-boilerplate.ts';
import dropCaptions from './drop-captions.ts';
import typography from './typography.ts';
import dropUnsafeLinks from './drop-unsafe-links.ts';

export interface TransformEntry {
  /** Rule id, also the file name and the key to switch the transform off. */
  id: string;
  // Each plugin has its own options type; the list only needs to hand them over.
  plugin: Plugin<[never?], Root>;
  /** Options for this seed, worked out from the build settings. Default: none. */
  options?: (context: TransformContext) => unknown;
  /** Whether the transform runs unless switched on explicitly. Default: `true`. */
  onByDefault?: boolean;
}

export const transforms: readonly TransformEntry[] = [
  { id: 'strip-html', plugin: stripHtml },
  { id: 'drop-unsafe-links', plugin: dropUnsafeLinks },
  { id: 'repair-mojibake', plugin: repairMojibake },
  { id: 'remove-invisible-characters', plugin: removeInvisibleCharacters },
  { id: 'resolve-spintax', plugin: resolveSpintax },
  // Scene breaks first: "* * *" would otherwise read as a list, "#" as a heading.
  { id: 'detect-scene-breaks', plugin: detectSceneBreaks },
  // Site chrome before the byline and the structure rules: it reads the page's raw edge lines, and
  // the title must be the headline, not a navigation line, before the byline is looked for under it.
  { id: 'remove-site-chrome', plugin: removeSiteChrome },
  // The byline before headings: "BY ANA RUIZ" is metadata, not a capitals heading.
  { id: 'extract-byline', plugin: extractByline },
  { id: 'detect-block-quotes', plugin: detectBlockQuotes },
  { id: 'detect-lists', plugin: detectLists },
  { id: 'detect-headings', plugin: detectHeadings },
  // Hyphenated words before unwrapping, which would otherwise leave "pa- tience".
  { id: 'join-hyphenated-words', plugin: joinHyphenatedWords },
  // Last of the structure rules: it reads the lines the others left as paragraphs.
  { id: 'unwrap-hard-wraps', plugin: unwrapHardWraps },
  { id: 'normalize-whitespace', plugin: normalizeWhitespace },
  // Spin repair once the text is real words, and before every rule that reads it: it must see doubled
  // captions side by side (evidence) and repair spun labels ("Credit score:", "Supply hyperlink",
  // "The Washington Put up") before captions, trailers and mastheads are recognised.
  { id: 'repair-spin', plugin: repairSpin, options: ({ settings }) => settings.spin },
  { id: 'restore-sentence-space', plugin: restoreSentenceSpace },
  // Captions before duplicates: the credit must be split off before two copies are compared.
  { id: 'recognize-captions', plugin: recognizeCaptions },
  { id: 'collapse-duplicate-paragraphs', plugin: collapseDuplicateParagraphs },
  // Learned boilerplate before the rules: it clears unknown trailers so the rules reach the masthead.
  {
    id: 'remove-learned-boilerplate',
    plugin: removeLearnedBoilerplate,
    options: ({ settings, seedPath }) => ({
      boilerplate: settings.corpus?.edgeBoilerplate.map((entry) => entry.text) ?? [],
      nearDuplicate: settings.corpus?.nearDuplicates[seedPath],
    }),
  },
  { id: 'remove-boilerplate', plugin: removeBoilerplate },
  // After duplicates: the clean copy of a caption only becomes a caption when merged with its twin.
  { id: 'drop-captions', plugin: dropCaptions, onByDefault: false },
  { id: 'typography', plugin: typography },
];

/** The transforms that run for one seed: build settings first, then the seed's own front matter. */
export function transformsFor(settings: CleanupSettings, frontMatter: Record<string, unknown>): TransformEntry[] {
  const switches: Record<string, boolean> = { ...settings.transforms, ...switchesFrom(frontMatter.transforms) };
  if (settings.captions === 'drop') switches['drop-captions'] ??= true;
  return transforms.filter((entry) => switches[entry.id] ?? entry.onByDefault ?? true);
}

// Front matter is untrusted: keep only `rule-id: true|false` pairs.
function switchesFrom(value: unknown): Record<string, boolean> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
}
