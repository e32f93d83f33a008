// One HTTP(S) GET with a timeout and a size cap, returning the body bytes and content type. Errors come back as
// a reason string, never thrown, so a dead link costs one failure line.
export interface Fetched {
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent?: string;
}

export async function fetchPage(url: string, opts: FetchOptions): Promise<Fetched | string> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': opts.userAgent ?? 'sitrep/0.1 (+news reader)' } });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${opts.timeoutMs} ms`;
    return `fetch failed: ${err.cause?.code ?? err.cause?.message ?? err.message}`;
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    return `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`;
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    return `too large: ${declared} bytes (limit ${opts.maxBytes})`;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > opts.maxBytes) {
        await res.body?.cancel().catch(() => {});
        return `too large: over ${opts.maxBytes} bytes`;
      }
      chunks.push(chunk);
    }
  } catch (e) {
    const err = e as Error;
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${opts.timeoutMs} ms`;
    return `download failed: ${err.message}`;
  }
  return { url: res.url || url, contentType: res.headers.get('content-type'), bytes: Buffer.concat(chunks) };
}
