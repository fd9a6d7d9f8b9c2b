// The cleanup transforms, in the order they run. Each entry is one unified plugin from this folder.
import type { Pluggable } from 'unified';
import normalizeWhitespace from './normalize-whitespace.ts';

export interface TransformEntry {
  /** Rule id, also the file name and the key to switch the transform off. */
  id: string;
  plugin: Pluggable;
}

export const transforms: readonly TransformEntry[] = [
  { id: 'normalize-whitespace', plugin: normalizeWhitespace },
];
