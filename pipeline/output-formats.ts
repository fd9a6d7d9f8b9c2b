// The output formats, in a module of their own so the build's main thread can name them without
// loading the renderers (those load in the worker threads only).
export type OutputFormat = 'markdown' | 'epub' | 'pdf';

export const allFormats: readonly OutputFormat[] = ['markdown', 'epub', 'pdf'];

/** File extension of each format's output. */
export const extensions: Record<OutputFormat, string> = { markdown: 'md', epub: 'epub', pdf: 'pdf' };
