// Query-string validation: each endpoint declares its parameters; anything unknown, repeated or malformed is a
// clear 400 naming the parameter, so a typo never silently widens a query.
import { badRequest } from './errors.js';

export type ParamKind = { doc: string } & (
  | { type: 'string'; max?: number }
  | { type: 'int'; min: number; max: number }
  | { type: 'date' }                                  // YYYY-MM-DD, a real calendar day
  | { type: 'enum'; values: readonly string[] }
  | { type: 'pattern'; re: RegExp; what: string });

export type ParamSpec = Record<string, ParamKind>;
export type ParamValues = Record<string, string | number | undefined>;

const DEFAULT_MAX = 500;

export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseOne(name: string, raw: string, kind: ParamKind): string | number {
  switch (kind.type) {
    case 'string': {
      const v = raw.trim();
      if (!v) throw badRequest(`parameter "${name}" must not be empty`);
      if (v.length > (kind.max ?? DEFAULT_MAX)) throw badRequest(`parameter "${name}" is longer than ${kind.max ?? DEFAULT_MAX} characters`);
      return v;
    }
    case 'int': {
      if (!/^-?\d{1,15}$/.test(raw)) throw badRequest(`parameter "${name}" must be a whole number, got "${clip(raw)}"`);
      const n = Number(raw);
      if (n < kind.min || n > kind.max) throw badRequest(`parameter "${name}" must be between ${kind.min} and ${kind.max}, got ${n}`);
      return n;
    }
    case 'date':
      if (!isCalendarDate(raw)) throw badRequest(`parameter "${name}" must be a calendar date YYYY-MM-DD, got "${clip(raw)}"`);
      return raw;
    case 'enum':
      if (!kind.values.includes(raw)) throw badRequest(`parameter "${name}" must be one of ${kind.values.join(', ')}, got "${clip(raw)}"`);
      return raw;
    case 'pattern':
      if (!kind.re.test(raw)) throw badRequest(`parameter "${name}" must be ${kind.what}, got "${clip(raw)}"`);
      return raw;
  }
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/** Parses the query of `url` against `spec`; throws ApiError(400) on unknown, repeated or malformed parameters. */
export function parseQuery(url: string, spec: ParamSpec): ParamValues {
  const params = new URL(url).searchParams;
  const out: ParamValues = {};
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const kind = spec[name];
    if (!kind) {
      const known = Object.keys(spec);
      throw badRequest(`unknown parameter "${clip(name)}"${known.length ? `; this endpoint takes ${known.join(', ')}` : ''}`);
    }
    if (seen.has(name)) throw badRequest(`parameter "${name}" is given more than once`);
    seen.add(name);
    out[name] = parseOne(name, raw, kind);
  }
  return out;
}

/** limit and offset, the pagination every list endpoint shares. */
export const PAGE: ParamSpec = {
  limit: { type: 'int', min: 1, max: 500, doc: 'items per page (default 50)' },
  offset: { type: 'int', min: 0, max: 1_000_000_000, doc: 'items to skip' },
};

export function page(v: ParamValues, defaultLimit = 50): { limit: number; offset: number } {
  return { limit: (v.limit as number | undefined) ?? defaultLimit, offset: (v.offset as number | undefined) ?? 0 };
}
