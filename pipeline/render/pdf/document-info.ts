// Document info and XMP metadata: title, author, subject, keywords, language, fixed dates.
import type PDFDocument from 'pdfkit';
import type { BookMetadata } from '../../book.ts';
import { loadTemplate } from '../../templates.ts';

type Doc = InstanceType<typeof PDFDocument>;

const creator = 'ebook-pipeline';
const producer = 'ebook-pipeline (PDFKit)';

/** The document information dictionary; the subject is the description, else the source. */
export function documentInfo(metadata: BookMetadata, created: Date): PDFKit.DocumentInfo {
  const subject = metadata.description ?? metadata.source;
  return {
    Title: metadata.title,
    ...(metadata.author ? { Author: metadata.author } : {}),
    ...(subject ? { Subject: subject } : {}),
    ...(metadata.keywords ? { Keywords: metadata.keywords.join(', ') } : {}),
    Creator: creator,
    Producer: producer,
    CreationDate: created,
    ModDate: created,
  };
}

/**
 * Replaces pdfkit's XMP packet body with ours: pdfkit's does not escape the text it inserts (a
 * title with "&" makes the packet invalid XML) and leaves out the language and keywords.
 */
export function useOwnXmp(doc: Doc, metadata: BookMetadata, created: Date): void {
  const subject = metadata.description ?? metadata.source;
  const optional = [
    metadata.author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(subject)}</rdf:li></rdf:Alt></dc:description>` : '',
    metadata.keywords ? `<dc:subject><rdf:Bag>${metadata.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>` : '',
    metadata.source ? `<dc:source>${escapeXml(metadata.source)}</dc:source>` : '',
    metadata.date ? `<dc:date><rdf:Seq><rdf:li>${escapeXml(metadata.date)}</rdf:li></rdf:Seq></dc:date>` : '',
  ].filter(Boolean);
  const fields: Record<string, string> = {
    created: created.toISOString().replace(/\.\d+Z$/, 'Z'),
    creator,
    producer,
    title: escapeXml(metadata.title),
    language: escapeXml(metadata.language),
    optional: optional.map((line) => `\n  ${line}`).join(''),
    keywords: metadata.keywords ? `\n  <pdf:Keywords>${escapeXml(metadata.keywords.join(', '))}</pdf:Keywords>` : '',
  };
  const xml = loadTemplate('pdf/xmp.xml').replace(/\{\{(\w+)\}\}/g, (_, name: string) => fields[name] ?? '');
  // pdfkit calls _addInfo while ending the document to fill the packet; it is not in the types.
  (doc as unknown as { _addInfo: () => void })._addInfo = () => doc.appendXML(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
