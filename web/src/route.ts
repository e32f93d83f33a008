// Hash routes (#/article/ID?event=E): the server serves one page, and links stay plain anchors.
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q >= 0 ? raw.slice(0, q) : raw).split('/').filter(Boolean).map(decodeURIComponent);
  return { path, query: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '') };
}

export function href(path: (string | number)[], query?: Record<string, string | number | null | undefined>): string {
  const p = path.map((x) => encodeURIComponent(String(x))).join('/');
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v != null && v !== '') qs.set(k, String(v));
  const tail = qs.toString();
  return `#/${p}${tail ? `?${tail}` : ''}`;
}
