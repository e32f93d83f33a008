/** True when the bytes look like a binary file rather than text: a NUL byte, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) odd++;
  }
  return n > 0 && odd / n > 0.1;
}
