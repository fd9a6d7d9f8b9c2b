// The package ships types, but its package.json "exports" hide them from NodeNext resolution.
declare module 'windows-1252' {
  export function decode(buffer: Uint8Array | Uint16Array, options?: { mode: 'fatal' | 'replacement' }): string;
  export function encode(text: string, options?: { mode: 'fatal' | 'replacement' }): Uint16Array;
}
