// Which of a person's dated roles holds on a day.
import type { ActorDef, Role } from './types.js';

/** The role in force on `day` (ISO date); with no date, the role the text's title names, else the latest. */
export function roleAt(def: ActorDef, day: string | null, titleCode: string | null = null): Role | null {
  if (!def.roles.length) return null;
  if (!day) {
    const titled = titleCode ? def.roles.filter((r) => r.code.endsWith(titleCode)) : [];
    return (titled.length ? titled : def.roles)[(titled.length ? titled : def.roles).length - 1];
  }
  let best: Role | null = null;
  for (const r of def.roles) {
    if ((r.from === null || r.from <= day) && (r.to === null || day <= r.to)) {
      // of two roles held at once, the one started later is the more specific news
      if (!best || (r.from ?? '') >= (best.from ?? '')) best = r;
    }
  }
  return best;
}

/** A person's code on a day: the role in force, else the default (a former or future official: COUNTRY+ELI). */
export function codeAt(def: ActorDef, day: string | null, titleCode: string | null = null): string | null {
  return roleAt(def, day, titleCode)?.code ?? def.code;
}
