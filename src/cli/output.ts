// Writing to standard output with backpressure, so a long run streams in bounded memory.
import type { Writable } from 'node:stream';

export function writeOut(out: Writable, chunk: string): Promise<void> | void {
  if (!out.write(chunk)) return new Promise((resolve) => out.once('drain', () => resolve()));
}
