// Lines of a byte stream, each decoded as UTF-8, with a cap on line length so one giant line cannot fill memory:
// a line over the cap is skipped up to its newline and reported instead of returned.
export type Line = { n: number; text: string } | { n: number; tooLong: number };

export async function* boundedLines(stream: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let n = 0;
  const finish = (): Line | null => {
    n++;
    const line: Line = skipping ? { n, tooLong: size } : { n, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let start = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(10, start);
      const end = nl < 0 ? buf.length : nl;
      size += end - start;
      if (size > maxBytes) { skipping = true; parts = []; }
      else if (!skipping) parts.push(buf.subarray(start, end));
      if (nl < 0) break;
      yield finish()!;
      start = nl + 1;
    }
  }
  if (size > 0 || parts.length) yield finish()!;
}
