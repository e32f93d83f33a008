// From a speaker phrase as written to the actor layer (src/actors/lookup.ts): the actor named inside the phrase
// ("the National Security Advisor, Michael Flynn," -> Michael Flynn), and for a pronoun the speaker of the quote
// before it or the antecedent the actor layer proposes. Unresolved speakers keep their written text as name.
import type { Speaker } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import { actorAt, antecedent, mentionsIn, type ActorMention } from '../actors/lookup.js';

const PERSONAL = new Set(['he', 'she', 'i', 'him', 'her']);
/** how far back (in characters) the previous speaker is still the obvious referent of a pronoun */
const NEAR = 600;

export interface PreviousSpeaker {
  speaker: Speaker;
  personal: boolean;
}

/** Whether a resolved or written speaker is a person (for matching "he"/"she" to the previous speaker). */
export function isPersonal(doc: Doc, speaker: Speaker, writtenLooksLikeName: boolean): boolean {
  if (speaker.actor) return doc.actors.find((a) => a.id === speaker.actor)?.kind === 'person';
  return writtenLooksLikeName;
}

export function resolveSpeaker(
  doc: Doc,
  start: number,
  end: number,
  previous: PreviousSpeaker | null,
  pronoun: boolean,
  /** the capitalized word ending the phrase, if any */
  headName: { start: number; end: number } | null = null,
): Speaker {
  const written = doc.text.slice(start, end).replace(/[\s,]+$/, '');
  end = start + written.length;
  // "he said" shortly after a quote by a named person is that person: the quote layer's own evidence comes first
  const personal = PERSONAL.has(written.toLowerCase());
  if (pronoun && previous && previous.speaker.actor && previous.personal === personal && start - previous.speaker.end < NEAR) {
    return { ...previous.speaker, start, end };
  }
  // a person named inside the phrase first ("the minister, Sergei Lavrov,"), else whatever covers it best
  // mentions inside parentheses ("Rep. Jo Roe (R-S.C.)") name a party or state, not the speaker
  const paren = written.indexOf('(');
  const inside = mentionsIn(doc, start, paren > 0 ? start + paren : end);
  // the head of a name phrase stands last in its first segment ("Former Mexico leader Calderon", "FBI general
  // counsel James Baker"); after a comma comes an appositive whose persons are someone else ("Ann Roe, an aide to
  // Jo Poe"), unless the first segment names no person ("The minister, Sergei Lavrov")
  const comma = written.indexOf(',');
  const segmentEnd = comma > 0 ? start + comma : end;
  const persons = inside.filter((m) => m.actor.kind === 'person');
  // a first segment ending in a name the actor layer does not know is that (unresolved) person, not the appositive's
  const unknownName = comma > 0 && /\p{Lu}[\p{L}.'’-]*$/u.test(written.slice(0, comma)) && !/^(the|a|an)\b/i.test(written);
  const head = persons.filter((m) => m.mention.end <= segmentEnd).at(-1) ?? (unknownName ? undefined : persons[0]);
  let hit: ActorMention | null = head ?? (unknownName ? null : inside[inside.length - 1] ?? (pronoun ? null : actorAt(doc, start, end)));
  // a name at the end of the phrase that no mention covers is the speaker ("Former Ruritanian leader Varga"), not
  // the country or body mentioned before it
  if (hit && hit.actor.kind !== 'person' && headName && hit.mention.end <= headName.start) hit = null;
  if (hit) return { actor: hit.actor.id, name: hit.actor.name, code: hit.actor.code, start, end };
  if (pronoun) {
    if (previous && previous.personal === personal && previous.speaker.actor) return { ...previous.speaker, start, end };
    const ante = antecedent(doc, start, personal ? ['person'] : ['organization', 'state', 'group']);
    if (ante && start - ante.mention.end < 1500) return { actor: ante.actor.id, name: ante.actor.name, code: ante.actor.code, start, end };
    if (previous && previous.personal === personal) return { ...previous.speaker, start, end };
  }
  return { actor: null, name: unknownName ? written.slice(0, comma) : written, code: null, start, end };
}
