// Spelling TIMEX3 values: zero padding, durations from a count and a unit, recurrences of a unit.
import type { Unit } from './knowledge.js';

/** The recurrence value of "every <unit>" (HeidelTime's convention, as in the TempEval-3 gold). */
export const SET_OF_UNIT: Partial<Record<Unit, string>> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Y: 'XXXX', H: 'PT1H' };

export const pad = (n: number) => String(n).padStart(2, '0');

/** A part of one unit as a whole count of a smaller one ("half a year" is six months; "1.5 years" stays). */
const SMALLER: Partial<Record<Unit, [Unit, number]>> = { Y: ['M', 12], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };

/** The TIMEX3 duration for n units (n null: unspecified, "PXY"). */
export function durationValue(n: number | null, unit: Unit): string {
  const smaller = SMALLER[unit];
  if (n !== null && n < 1 && smaller && Number.isInteger(n * smaller[1])) return durationValue(n * smaller[1], smaller[0]);
  const c = n === null ? 'X' : String(+n.toFixed(2));
  const times = (f: number) => (n === null ? 'X' : String(+(n * f).toFixed(2)));
  switch (unit) {
    case 'H': return `PT${c}H`;
    case 'MIN': return `PT${c}M`;
    case 'S': return `PT${c}S`;
    case 'Q': return `P${times(3)}M`;
    case 'DE': return n === null ? 'PXDE' : `P${times(10)}Y`;
    case 'CE': return n === null ? 'PXCE' : `P${times(100)}Y`;
    case '2W': return `P${times(2)}W`;
    default: return `P${c}${unit}`;
  }
}
