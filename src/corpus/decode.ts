// Bytes of a page to text: a byte-order mark wins, then the HTTP charset, then the page's own <meta> or XML
// declaration, each only if the bytes agree with it; a missing or wrong charset falls back to UTF-8 when the
// bytes are valid UTF-8, else windows-1252 (what browsers assume for legacy Western pages).
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The charset actually used. */
  charset: string;
  /** Set when a declared charset was unknown or did not fit the bytes, saying what happened. */
  note: string | null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The charset named in a Content-Type value such as `text/html; charset=ISO-8859-1`. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, or <?xml encoding>). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function bomCharset(b: Uint8Array): [string, number] | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return ['utf-8', 3];
  if (b[0] === 0xff && b[1] === 0xfe) return ['utf-16le', 2];
  if (b[0] === 0xfe && b[1] === 0xff) return ['utf-16be', 2];
  return null;
}

function isUtf8(name: string): boolean {
  return name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8';
}

/** True when the bytes hold a multi-byte UTF-8 sequence and decode strictly as UTF-8. */
function validUtf8WithMultibyte(bytes: Uint8Array): boolean {
  let high = false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) { high = true; break; }
  if (!high) return false;
  try { utf8Strict.decode(bytes); return true; } catch { return false; }
}

function fallback(bytes: Uint8Array, note: string | null): Decoded {
  try {
    return { text: utf8Strict.decode(bytes), charset: 'utf-8', note };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252', note };
  }
}

export function decodeBytes(bytes: Uint8Array, httpContentType?: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom[1])), bom[0]), charset: bom[0], note: null };
  const declared = charsetOfContentType(httpContentType) ?? declaredCharset(bytes);
  if (!declared) return fallback(bytes, null);
  if (isUtf8(declared)) {
    try { return { text: utf8Strict.decode(bytes), charset: 'utf-8', note: null }; } catch {
      return fallback(bytes, `declared charset ${declared} does not fit the bytes`);
    }
  }
  if (!iconv.encodingExists(declared)) return fallback(bytes, `unknown charset ${declared}`);
  // A page saved as UTF-8 but still declaring a legacy single-byte charset is common; its multi-byte sequences
  // would turn into mojibake, so valid UTF-8 with such sequences is read as UTF-8.
  const single = /^(iso-?8859-\d+|latin-?1|windows-125\d|cp125\d|us-ascii|ascii)$/.test(declared);
  if (single && validUtf8WithMultibyte(bytes)) {
    return { text: utf8Strict.decode(bytes), charset: 'utf-8', note: `declared ${declared} but bytes are UTF-8` };
  }
  return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, note: null };
}
