// One way for every transform to say what it changed: a vfile message carrying before and after.
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface Change {
  /** Rule id of the transform, equal to its file name. */
  ruleId: string;
  /** What was done, in a short sentence a person can read in the report. */
  reason: string;
  /** The node changed or removed; its position places the message. */
  node?: Node | undefined;
  /** Text before the change. */
  actual?: string | undefined;
  /** Text after the change; empty for a removal. */
  expected?: string | undefined;
}

/** A fix applied: an info message. */
export function reportChange(file: VFile, change: Change): VFileMessage {
  return describe(file.info(change.reason, placeOf(change)), change);
}

/** Something a person should look at (nothing, or something uncertain, was changed). */
export function reportWarning(file: VFile, change: Change): VFileMessage {
  return describe(file.message(change.reason, placeOf(change)), change);
}

function placeOf(change: Change) {
  return { ruleId: change.ruleId, source: 'ebook-pipeline', ...(change.node?.position ? { place: change.node.position } : {}) };
}

function describe(message: VFileMessage, change: Change): VFileMessage {
  if (change.actual !== undefined) message.actual = change.actual;
  if (change.expected !== undefined) message.expected = [change.expected];
  return message;
}
