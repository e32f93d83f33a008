// A small argument parser: --name value, --name=value, boolean flags, and positionals. Unknown options are errors.
export class UsageError extends Error {}

export interface OptionSpec {
  /** options that take a value */
  values?: string[];
  /** options that take none */
  flags?: string[];
  /** options that may be given several times (values collected in order) */
  repeatable?: string[];
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | string[]>;
}

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const flags = new Set(spec.flags ?? []);
  const repeatable = new Set(spec.repeatable ?? []);
  const out: ParsedArgs = { positionals: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out.positionals.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('--') || a === '-') { out.positionals.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq >= 0 ? eq : undefined);
    if (flags.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.options[name] = true;
    } else if (values.has(name) || repeatable.has(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      if (repeatable.has(name)) out.options[name] = [...((out.options[name] as string[]) ?? []), v];
      else out.options[name] = v;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return out;
}

export function optString(p: ParsedArgs, name: string): string | null {
  const v = p.options[name];
  return typeof v === 'string' ? v : null;
}

export function optInt(p: ParsedArgs, name: string, min = 0): number | null {
  const v = optString(p, name);
  if (v == null) return null;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number >= ${min}, got "${v}"`);
  return Number(v);
}

export function optDate(p: ParsedArgs, name: string): string | null {
  const v = optString(p, name);
  if (v == null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCDate() !== +m[3] || d.getUTCMonth() !== +m[2] - 1) {
    throw new UsageError(`--${name} must be a calendar date YYYY-MM-DD, got "${v}"`);
  }
  return v;
}
