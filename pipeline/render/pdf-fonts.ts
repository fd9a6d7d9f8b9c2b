// Font files for the PDF, shipped as npm packages so every machine sets the same faces.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const pdfFonts = {
  body: require.resolve('@expo-google-fonts/literata/400Regular/Literata_400Regular.ttf'),
  italic: require.resolve('@expo-google-fonts/literata/400Regular_Italic/Literata_400Regular_Italic.ttf'),
  bold: require.resolve('@expo-google-fonts/literata/700Bold/Literata_700Bold.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/literata/700Bold_Italic/Literata_700Bold_Italic.ttf'),
  mono: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'),
} as const;

export type PdfFontName = keyof typeof pdfFonts;
