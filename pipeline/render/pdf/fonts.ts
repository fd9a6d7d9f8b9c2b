// Faces for the PDF and the fallback chain: each character is set in the first face that has a
// glyph for it, so Greek, Cyrillic, arrows and maths never come out as blank boxes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/** The styles text can ask for; each maps to a chain of faces below. */
export type Variant = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'mono';

const fontFiles = {
  // Literata: a book face made for long reading on screens, with real italics and small caps.
  literata: require.resolve('@expo-google-fonts/literata/400Regular/Literata_400Regular.ttf'),
  literataItalic: require.resolve('@expo-google-fonts/literata/400Regular_Italic/Literata_400Regular_Italic.ttf'),
  literataBold: require.resolve('@expo-google-fonts/literata/700Bold/Literata_700Bold.ttf'),
  literataBoldItalic: require.resolve('@expo-google-fonts/literata/700Bold_Italic/Literata_700Bold_Italic.ttf'),
  // DejaVu Serif, then Sans: the widest open coverage of symbols, Greek, Cyrillic, Hebrew, Arabic.
  dejavuSerif: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
  dejavuSerifItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf'),
  dejavuSerifBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  dejavuSerifBoldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-BoldItalic.ttf'),
  dejavuSans: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  dejavuSansOblique: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  dejavuSansBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  dejavuSansBoldOblique: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
  dejavuMono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
} as const;

export type FaceName = keyof typeof fontFiles;

const chains: Record<Variant, FaceName[]> = {
  regular: ['literata', 'dejavuSerif', 'dejavuSans'],
  italic: ['literataItalic', 'dejavuSerifItalic', 'dejavuSansOblique'],
  bold: ['literataBold', 'dejavuSerifBold', 'dejavuSansBold'],
  boldItalic: ['literataBoldItalic', 'dejavuSerifBoldItalic', 'dejavuSansBoldOblique'],
  mono: ['dejavuMono', 'dejavuSans'],
};

/**
 * What stands in for a character no shipped face has (CJK, most emoji): a visible replacement
 * mark, never a blank box, while the real character stays in the text layer through ActualText.
 * We ship no CJK face on purpose: one weight of Noto Sans SC is 10 MB (the package 92 MB), too
 * heavy for a pipeline whose seeds are European-language articles.
 */
export const missingGlyph = { face: 'dejavuSans' as FaceName, text: '\uFFFD' };

/** A piece of text set in one face; `actual` is the real text when a stand-in glyph is drawn. */
export interface FacedText {
  text: string;
  face: FaceName;
  actual?: string;
}

// Font files are read and parsed once per process and handed to pdfkit as parsed fonts: parsing
// Literata's tables for every document cost ten times the rest of the PDF stage. fontkit's font
// objects cache what they decode, which is the same for every document, except the glyphs' code
// points (see keepGlyphsTrueToText).
const parsed = new Map<FaceName, fontkit.Font>();

export function fontOf(face: FaceName): fontkit.Font {
  let font = parsed.get(face);
  if (!font) {
    // fontkit.create returns a collection for .ttc files; ours are all single fonts.
    font = fontkit.create(readFileSync(fontFiles[face])) as fontkit.Font;
    keepGlyphsTrueToText(font);
    parsed.set(face, font);
  }
  return font;
}

/** The parts of fontkit's glyph cache this module relies on (not in its published types). */
interface GlyphCache {
  getGlyph(id: number, codePoints?: number[]): (fontkit.Glyph & { constructor: new (id: number, codePoints: number[], font: unknown) => fontkit.Glyph }) | null;
}

/**
 * pdfkit maps each glyph back to text (the PDF's ToUnicode table, what pdftotext and copy-paste
 * read) from the code points of the glyph object fontkit hands it, and fontkit keeps one object per
 * glyph id with the code points of its first use. Shared across documents, a glyph first made with
 * none (as a component of "à" while an earlier PDF's font subset was written) or for another
 * character that shares it (a no-break space and a space) gave later PDFs the wrong text: a
 * backtick came back from pdftotext as nothing after a book with "très" had been built. Asked for
 * other code points than it has, a glyph is made afresh for them.
 */
function keepGlyphsTrueToText(font: fontkit.Font): void {
  const cache = font as unknown as GlyphCache;
  const getGlyph = cache.getGlyph.bind(font);
  cache.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    return new glyph.constructor(id, codePoints, font) as ReturnType<GlyphCache['getGlyph']>;
  };
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, index) => codePoint === b[index]);
}

export const allFaces = Object.keys(fontFiles) as FaceName[];

const faceCache = new Map<Variant, Map<number, FaceName | null>>();

/** The first face of the variant's chain that has a glyph for the code point, or null. */
export function faceFor(codePoint: number, variant: Variant): FaceName | null {
  let cache = faceCache.get(variant);
  if (!cache) {
    cache = new Map();
    faceCache.set(variant, cache);
  }
  let face = cache.get(codePoint);
  if (face === undefined) {
    face = chains[variant].find((name) => fontOf(name).hasGlyphForCodePoint(codePoint)) ?? null;
    cache.set(codePoint, face);
  }
  return face;
}

const combiningMark = /\p{M}/u;

/**
 * Splits text into pieces, each set in one face. Spaces and combining marks stay in the face of
 * the text around them, so a word with one Greek letter does not change spacing around it.
 */
export function splitByFace(text: string, variant: Variant): FacedText[] {
  const pieces: FacedText[] = [];
  const primary = chains[variant][0]!;
  let current: FacedText | undefined;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const keepsFace = current && (character === ' ' || (combiningMark.test(character) && fontOf(current.face).hasGlyphForCodePoint(codePoint)));
    if (current && keepsFace && current.actual === undefined) {
      current.text += character;
      continue;
    }
    const face = faceFor(codePoint, variant);
    const piece: FacedText = face === null ? { ...missingGlyph, actual: character } : { text: character, face };
    if (current && current.face === piece.face && current.actual === undefined && piece.actual === undefined) current.text += character;
    else {
      current = piece;
      pieces.push(piece);
    }
  }
  return pieces.length > 0 ? pieces : [{ text: '', face: primary }];
}

/** Characters of the text that no face has, for the build report. */
export function missingCharacters(text: string, variant: Variant): string[] {
  // Called for every paragraph: no array of its characters unless one is missing.
  let missing: Set<string> | undefined;
  for (const character of text) {
    if (faceFor(character.codePointAt(0)!, variant) === null && character.trim() !== '') (missing ??= new Set()).add(character);
  }
  return missing ? [...missing] : [];
}

const widths = new Map<string, number>();

/**
 * Width of text in a face at a size, as pdfkit measures it. Cached for the process: pdfkit's own
 * cache lives and dies with each document, and shaping every word again was most of the time.
 */
export function widthOf(face: FaceName, text: string, size: number): number {
  const key = `${face}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const font = fontOf(face);
    width = font.layout(text).advanceWidth / font.unitsPerEm;
    // Bounded so a huge book cannot grow it without limit; words repeat, so most stay.
    if (widths.size > 200_000) widths.clear();
    widths.set(key, width);
  }
  return width * size;
}

/** pdfkit's per-document font object, of which we only touch the layout cache. */
interface PdfkitFont {
  layoutCache?: Record<string, unknown>;
}

const layoutCaches = new Map<FaceName, Record<string, unknown>>();

/**
 * Gives the document's current font the process-wide cache of shaped words for its face. pdfkit
 * shapes every word again for each document (its cache is per font object); the shaped runs
 * depend only on the font, so sharing them gives the same bytes in a fraction of the time.
 */
export function shareLayoutCache(doc: { _font?: unknown }, face: FaceName): void {
  const font = doc._font as PdfkitFont | undefined;
  if (!font?.layoutCache) return;
  let cache = layoutCaches.get(face);
  if (!cache) {
    cache = font.layoutCache;
    layoutCaches.set(face, cache);
  }
  font.layoutCache = cache;
}
