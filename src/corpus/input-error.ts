/** A problem with one input record: where it is (file, and line for JSON Lines) and why it was skipped. */
export class InputError extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly reason: string) {
    super(`${file}${line != null ? `:${line}` : ''}: ${reason}`);
    this.name = 'InputError';
  }
}
