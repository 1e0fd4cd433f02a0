// Licence coverage, the principle the licence rules share: an activity is lawful only inside a
// licence whose party, activity, status, dates and scope (products, elements) all cover it, each
// judged as the registry stood at the activity's time. The rules differ only in which activity
// they look at; why a licence falls short is said here once, in the same words for all of them.
import { activityZh, oreTypeZh, productsZh } from './evidence.ts';
import type { DocumentFacts, LicenceFacts } from './rule.ts';
import { productByCode } from '../domain/products.ts';

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
  /** What it takes in (a separation's concentrate, a recycler's scrap): each of a kind the
   * licence's product scope names must be named, since a scope lists the feeds it is for; given,
   * the products made are held to the scope the same way (each of a kind it names). */
  fed?: readonly string[];
}

/** Why a licence does not cover an activity, as figures: kept in an alert's evidence, so that the
 * alert can say it in either language when it is read. */
export type LicenceGap =
  | { kind: 'unregistered'; licence: string }
  | { kind: 'holder'; licence: string; holder: string; party: string }
  | { kind: 'activity'; licence: string; activity: string; wanted: string }
  | { kind: 'status'; licence: string; status: string; day: string }
  | { kind: 'dates'; licence: string; validFrom: string; validTo: string; day: string }
  | { kind: 'products' | 'elements'; licence: string; scope: readonly string[]; outside: string[] }
  | { kind: 'plants'; licence: string; plants: readonly string[]; facility: string };

/** Why `licence` does not cover `activity`, or undefined when it does. */
export function licenceGap(licence: LicenceFacts | undefined, licenceId: string, activity: LicensedActivity): LicenceGap | undefined {
  if (licence === undefined) return { kind: 'unregistered', licence: licenceId };
  if (licence.partyId !== activity.party) return { kind: 'holder', licence: licence.id, holder: licence.partyId, party: activity.party };
  if (licence.activity !== activity.activity) return { kind: 'activity', licence: licence.id, activity: licence.activity, wanted: activity.activity };
  if (licence.status !== 'active') return { kind: 'status', licence: licence.id, status: licence.status, day: activity.day };
  if (activity.day < licence.validFrom || (activity.endedNoEarlierThan ?? activity.day) > licence.validTo) {
    return { kind: 'dates', licence: licence.id, validFrom: licence.validFrom, validTo: licence.validTo, day: activity.day };
  }
  // A licence for a transformation may name in its scope what it is for, its feeds, its products
  // or both: each side is held to the kinds the scope names. What is exported or mined is named itself.
  const made = activity.fed === undefined ? outside(activity.products, licence.scope.products) : outsideOfKind(activity.products, licence.scope.products);
  const products = [...made, ...outsideOfKind(activity.fed, licence.scope.products)];
  if (products.length > 0) return { kind: 'products', licence: licence.id, scope: licence.scope.products!, outside: products };
  const elements = outside(activity.elements, licence.scope.elements);
  if (elements.length > 0) return { kind: 'elements', licence: licence.id, scope: licence.scope.elements!, outside: elements };
  return undefined;
}

/** The licences a site may be under on the day: those the registry has bound it to at any time,
 * each as it stood then, and an earlier licence of the holder's for the same activity that ended
 * before one of those began (the renewal's predecessor, when the registry was loaded with the site
 * already re-pointed to the renewal). */
export function siteLicenceCandidates(facts: Pick<DocumentFacts, 'facilityLicences' | 'licence' | 'licencesAt'>, facilityId: string, activity: string, timeMs: number): string[] {
  const bound = facts.facilityLicences(facilityId);
  const starts = bound.flatMap((id) => facts.licence(id, timeMs) ?? []).map((l) => l.validFrom);
  const predecessors = facts.licencesAt(timeMs).filter((l) => l.activity === activity && starts.some((start) => l.validTo < start)).map((l) => l.id);
  return [...bound, ...predecessors];
}

/** Why `licence` does not cover `activity` done at the plant `facility`: a licence the registry
 * binds to plants covers those plants (and any plant registered under it at some time), one bound
 * to none covers the holder's sites. No facility named, no plant is judged. */
export function licenceGapAt(
  facts: Pick<DocumentFacts, 'facilitiesUnder' | 'facilityLicences'>, licence: LicenceFacts, activity: LicensedActivity, facility: string | undefined,
): LicenceGap | undefined {
  const gap = licenceGap(licence, licence.id, activity);
  if (gap !== undefined || facility === undefined) return gap;
  const plants = facts.facilitiesUnder(licence.id);
  if (plants.length === 0 || plants.includes(facility) || facts.facilityLicences(facility).includes(licence.id)) return undefined;
  return { kind: 'plants', licence: licence.id, plants, facility };
}

export function gapText(gap: LicenceGap): string {
  switch (gap.kind) {
    case 'unregistered': return `licence ${gap.licence} is not in the registry`;
    case 'holder': return `licence ${gap.licence} belongs to ${gap.holder}, not to ${gap.party}`;
    case 'activity': return `licence ${gap.licence} is a ${gap.activity} licence, not a ${gap.wanted} licence`;
    case 'status': return gap.status === 'pending' ? `licence ${gap.licence} was not yet in force on ${gap.day}` : `licence ${gap.licence} was ${gap.status} on ${gap.day}`;
    case 'dates': return `licence ${gap.licence} is valid ${gap.validFrom} to ${gap.validTo}, not on ${gap.day}`;
    case 'products':
    case 'elements': return `licence ${gap.licence} covers the ${gap.kind} ${gap.scope.join(', ')}, not ${gap.outside.join(', ')}`;
    case 'plants': return `licence ${gap.licence} covers the plants ${gap.plants.join(', ')}, not ${gap.facility}`;
  }
}

const STATUSES_ZH: Readonly<Record<string, string>> = { suspended: '暂停', revoked: '吊销', pending: '尚未生效' };

export function gapTextZh(gap: LicenceGap): string {
  switch (gap.kind) {
    case 'unregistered': return `许可证 ${gap.licence} 未在登记系统中`;
    case 'holder': return `许可证 ${gap.licence} 属于 ${gap.holder}，而非 ${gap.party}`;
    case 'activity': return `许可证 ${gap.licence} 为${activityZh(gap.activity)}许可证，而非${activityZh(gap.wanted)}许可证`;
    case 'status': return `许可证 ${gap.licence} 于 ${gap.day} 处于${STATUSES_ZH[gap.status] ?? gap.status}状态`;
    case 'dates': return `许可证 ${gap.licence} 有效期为 ${gap.validFrom} 至 ${gap.validTo}，不含 ${gap.day}`;
    case 'products': return `许可证 ${gap.licence} 的产品范围为${productsZh(gap.scope)}，不含${productsZh(gap.outside)}`;
    case 'elements': return `许可证 ${gap.licence} 的元素范围为 ${gap.scope.join('、')}，不含 ${gap.outside.join('、')}`;
    case 'plants': return `许可证 ${gap.licence} 覆盖的工厂为 ${gap.plants.join('、')}，不含 ${gap.facility}`;
  }
}

/** Why an extraction or a separation run is unlawful, as figures for the evidence; the rules that
 * find them say them in either language by the functions below. */
export type Shortfall =
  | { kind: 'unlisted-mine'; facility: string }
  | { kind: 'no-mining-licence'; facility: string }
  | { kind: 'mine-licence-gap'; facility: string; gap: LicenceGap }
  | { kind: 'no-separation-licence'; party: string; day: string }
  | { kind: 'licence-gap'; gap: LicenceGap }
  | { kind: 'plant-licence-gap'; facility: string; licence: string; gap: LicenceGap }
  | { kind: 'no-quota'; party: string; activity: 'mining' | 'separation'; year: number; oreType: string | null }
  | { kind: 'small-plant'; licence: string; capacityTonnesReo: number; minimumTonnesReo: number };

export function shortfallText(s: Shortfall): string {
  switch (s.kind) {
    case 'unlisted-mine': return `mine ${s.facility} is not on the published list of mines`;
    case 'no-mining-licence': return `mine ${s.facility} has no mining licence`;
    case 'mine-licence-gap': return `the mining licence of ${s.facility} does not cover this extraction: ${gapText(s.gap)}`;
    case 'no-separation-licence': return `${s.party} holds no separation licence on ${s.day}`;
    case 'licence-gap': return gapText(s.gap);
    case 'plant-licence-gap': return `plant ${s.facility} is registered under licence ${s.licence}, which does not cover this separation: ${gapText(s.gap)}`;
    case 'no-quota': return `${s.party} holds no ${s.oreType === null ? '' : `${s.oreType}-ore `}${s.activity} quota for ${s.year}`;
    case 'small-plant': return `its separation licence ${s.licence} is for ${s.capacityTonnesReo} t REO a year, and no separation quota may be given to a plant under ${s.minimumTonnesReo} t REO a year`;
  }
}

export function shortfallTextZh(s: Shortfall): string {
  switch (s.kind) {
    case 'unlisted-mine': return `矿山 ${s.facility} 未列入公布的矿山名录`;
    case 'no-mining-licence': return `矿山 ${s.facility} 没有采矿许可证`;
    case 'mine-licence-gap': return `${s.facility} 的采矿许可证不覆盖此次开采：${gapTextZh(s.gap)}`;
    case 'no-separation-licence': return `${s.party} 于 ${s.day} 未持有冶炼分离许可证`;
    case 'licence-gap': return gapTextZh(s.gap);
    case 'plant-licence-gap': return `工厂 ${s.facility} 登记在许可证 ${s.licence} 下，该许可证不覆盖此次冶炼分离：${gapTextZh(s.gap)}`;
    case 'no-quota': return `${s.party} 没有 ${s.year} 年${s.oreType === null ? '' : oreTypeZh(s.oreType)}${activityZh(s.activity)}总量控制指标`;
    case 'small-plant': return `其冶炼分离许可证 ${s.licence} 的产能为每年 ${s.capacityTonnesReo} 吨 REO，而年产能低于 ${s.minimumTonnesReo} 吨 REO 的冶炼分离企业不得下达指标`;
  }
}

/** What of `fed` a scope leaves out among the kinds (product categories) the scope names: a scope
 * of bastnaesite concentrates and the oxides made of them leaves out monazite concentrate, and says
 * nothing of what else a plant may take in. */
function outsideOfKind(fed: readonly string[] | undefined, scope: readonly string[] | undefined): string[] {
  if (fed === undefined || scope === undefined || scope.length === 0) return [];
  const kinds = new Set(scope.map((code) => productByCode(code)?.category));
  return [...new Set(fed)].filter((item) => !scope.includes(item) && kinds.has(productByCode(item)?.category));
}

/** What of `wanted` a scope leaves out; an empty or absent scope leaves out nothing. */
function outside(wanted: readonly string[] | undefined, scope: readonly string[] | undefined): string[] {
  if (wanted === undefined || scope === undefined || scope.length === 0) return [];
  return [...new Set(wanted)].filter((item) => !scope.includes(item));
}
