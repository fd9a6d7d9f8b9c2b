// Bytes handed between the build and its worker threads are moved, not copied: a 20 MB seed and its
// outputs would otherwise sit in both threads' memory at once.
import { move, transferableSymbol, valueSymbol } from 'piscina';

/**
 * The buffers of these views that can be moved: only a view over a whole buffer of its own (a
 * small Node Buffer shares a pool with others, which moving would take from them); others are copied.
 */
export function movableBuffers(views: Iterable<ArrayBufferView>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) {
    const { buffer } = view;
    if (buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === buffer.byteLength && buffer.byteLength > 0) buffers.add(buffer);
  }
  return [...buffers];
}

/** A worker's result whose buffers go to the build thread without a copy (piscina's Transferable). */
export function moveResult<T extends object>(value: T, views: Iterable<ArrayBufferView>): T {
  const buffers = movableBuffers(views);
  const transferable = { [transferableSymbol]: buffers, [valueSymbol]: value };
  // piscina posts the value with the buffers in its transfer list; the pool's caller gets the value.
  return move(transferable as Parameters<typeof move>[0]) as unknown as T;
}
