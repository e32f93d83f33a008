import type { Readable, Writable } from 'node:stream';

/** The streams a command talks through; the real process's in main.ts, others in tests. */
export interface CommandIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
}
