// Licence coverage, the principle the licence rules share: an activity is lawful only inside a
// licence whose party, activity, status, dates and scope (products, elements) all cover it, each
// judged as the registry stood at the activity's time. The rules differ only in which activity
// they look at; why a licence falls short is said here once, in the same words for all of them.
import type { LicenceFacts } from './rule.ts';

export interface LicensedActivity {
  /** The party doing it. */
  party: string;
  activity: string;
  /** The day it was done, YYYY-MM-DD (Asia/Shanghai). */
  day: string;
  /** The last day a licence may have ended and still be accepted (grace), by default `day`. */
  endedNoEarlierThan?: string;
  /** The products it makes or moves, each of which the licence's product scope must name. */
  products?: readonly string[];
  /** The elements it makes or moves, each of which the licence's element scope must name. */
  elements?: readonly string[];
}

/** Why `licence` does not cover `activity`, or undefined when it does. */
export function licenceGap(licence: LicenceFacts | undefined, licenceId: string, activity: LicensedActivity): string | undefined {
  if (licence === undefined) return `licence ${licenceId} is not in the registry`;
  if (licence.partyId !== activity.party) return `licence ${licence.id} belongs to ${licence.partyId}, not to ${activity.party}`;
  if (licence.activity !== activity.activity) return `licence ${licence.id} is a ${licence.activity} licence, not a ${activity.activity} licence`;
  if (licence.status !== 'active') return `licence ${licence.id} was ${licence.status} on ${activity.day}`;
  if (activity.day < licence.validFrom || (activity.endedNoEarlierThan ?? activity.day) > licence.validTo) {
    return `licence ${licence.id} is valid ${licence.validFrom} to ${licence.validTo}, not on ${activity.day}`;
  }
  const products = outside(activity.products, licence.scope.products);
  if (products.length > 0) return `licence ${licence.id} covers the products ${licence.scope.products!.join(', ')}, not ${products.join(', ')}`;
  const elements = outside(activity.elements, licence.scope.elements);
  if (elements.length > 0) return `licence ${licence.id} covers the elements ${licence.scope.elements!.join(', ')}, not ${elements.join(', ')}`;
  return undefined;
}

/** What of `wanted` a scope leaves out; an empty or absent scope leaves out nothing. */
function outside(wanted: readonly string[] | undefined, scope: readonly string[] | undefined): string[] {
  if (wanted === undefined || scope === undefined || scope.length === 0) return [];
  return [...new Set(wanted)].filter((item) => !scope.includes(item));
}
