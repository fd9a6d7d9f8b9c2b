// The EPUB's zip writer, read back by an independent reader (jszip) and checked at the byte level
// where the OCF spec is strict: `mimetype` first, stored, its content at byte 38.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { writeZip } from '../../pipeline/render/epub-zip.ts';

const encoder = new TextEncoder();
const chapter = `<p>${'The ferry left at dawn, as it had every morning for forty years. '.repeat(200)}</p>`;
const entries = [
  { name: 'mimetype', data: encoder.encode('application/epub+zip'), store: true },
  { name: 'OEBPS/text.xhtml', data: encoder.encode(chapter) },
  { name: 'OEBPS/über.xhtml', data: encoder.encode('<p>Fähre</p>') },
  { name: 'OEBPS/empty.css', data: new Uint8Array(0) },
];
const modified = new Date('2024-01-02T03:04:05Z');

describe('writeZip', () => {
  it('gives back every entry, in order, with its bytes and the UTC timestamp', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, modified));
    const files = Object.values(zip.files);
    expect(files.map((file) => file.name)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(await zip.file(entry.name)!.async('uint8array')).toEqual(entry.data);
    // DOS times step by two seconds.
    for (const file of files) expect(file.date.toISOString()).toBe('2024-01-02T03:04:04.000Z');
  });

  it('stores the mimetype uncompressed at the start and deflates the rest', () => {
    const bytes = Buffer.from(writeZip(entries, modified));
    expect(bytes.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(bytes.byteLength).toBeLessThan(chapter.length / 4);
  });

  it('writes the same bytes for the same entries', () => {
    expect(writeZip(entries, modified)).toEqual(writeZip(entries, modified));
  });
});
