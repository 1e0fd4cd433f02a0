// The wrongdoing the generator put into the year, labelled with what a rule should find: the
// class, the parties, the lots and events, the month and the figures. Quota and licence overruns
// are labelled from what was actually recorded, so the truth holds whatever the random draws.
import type { Composition } from '../domain/composition.ts';
import type { Industry, SimParty } from './industry.ts';

export type OreType = 'rock' | 'ionic';
type QuotaActivity = 'mining' | 'separation';

export const VIOLATION_CLASSES = [
  'unlisted-mine', 'unlicensed-mining', 'over-quota-mining', 'over-quota-separation', 'group-over-quota', 'fake-scrap',
  'recycler-buys-mineral', 'unlicensed-export', 'export-beyond-licence', 'never-received', 'short-receipt',
  'unbalanced-period', 'late-report', 'round-trip', 'double-spend',
] as const;
export type ViolationClass = (typeof VIOLATION_CLASSES)[number];

export interface Violation {
  id: string;
  class: ViolationClass;
  /** Reporting period, YYYY-MM (Asia/Shanghai). */
  month: string;
  parties: string[];
  lots: string[];
  /** Events as PARTY:EVENT_ID, since an event id is unique only within its recorder. */
  events: string[];
  evidence: Record<string, unknown>;
  /** Set for attempts the ledger must refuse, with the reason it gave. */
  refused?: boolean;
  refusal?: string;
}

const TONNE = 1_000_000;
const t = (grams: number) => Math.round(grams / 1000) / 1000;

export class GroundTruth {
  readonly violations: Violation[] = [];
  readonly #year: number;
  readonly #byLot = new Map<string, Violation[]>();
  readonly #extracted = new Map<string, number[]>();
  readonly #separated = new Map<string, number[]>();
  /** A group's members' monthly output by ore type, per `group|activity`. */
  readonly #groupUse = new Map<string, Record<OreType, number[]>>();
  readonly #exportsByLicence = new Map<string, { party: SimParty; monthly: number[]; events: { event: string; lot: string; month: number }[] }>();

  constructor(year: number) {
    this.#year = year;
  }

  #add(violation: Omit<Violation, 'id'>, watchLots: readonly string[] = []): Violation {
    const entry: Violation = { id: `v-${String(this.violations.length + 1).padStart(4, '0')}`, ...violation };
    this.violations.push(entry);
    for (const lot of watchLots) this.#byLot.set(lot, [...(this.#byLot.get(lot) ?? []), entry]);
    return entry;
  }

  /** An event that moved a watched lot joins the violations about that lot. */
  touch(lot: string, event: string): void {
    for (const violation of this.#byLot.get(lot) ?? []) if (!violation.events.includes(event)) violation.events.push(event);
  }

  extraction(party: SimParty, month: number, reoGrams: number, ore: OreType): void {
    addMonthly(this.#extracted, party.id, month, reoGrams);
    this.#addGroupUse(party, 'mining', month, reoGrams, ore);
  }

  separation(party: SimParty, month: number, feedReoGrams: number, ore: OreType): void {
    addMonthly(this.#separated, party.id, month, feedReoGrams);
    this.#addGroupUse(party, 'separation', month, feedReoGrams, ore);
  }

  #addGroupUse(party: SimParty, activity: QuotaActivity, month: number, grams: number, ore: OreType): void {
    if (party.group === undefined) return;
    const key = `${party.group}|${activity}`;
    const use = this.#groupUse.get(key) ?? { rock: Array<number>(12).fill(0), ionic: Array<number>(12).fill(0) };
    use[ore][month]! += grams;
    this.#groupUse.set(key, use);
  }

  controlledExport(party: SimParty, licence: string | undefined, lot: string, event: string, month: string, reoGrams: number): void {
    if (licence === undefined) return;
    const entry = this.#exportsByLicence.get(licence) ?? { party, monthly: Array<number>(12).fill(0), events: [] };
    const index = Number(month.slice(5)) - 1;
    entry.monthly[index]! += reoGrams;
    entry.events.push({ event, lot, month: index });
    this.#exportsByLicence.set(licence, entry);
  }

  unlistedMine(party: SimParty, facility: string, month: string, lots: string[], events: string[]): void {
    this.#add({ class: 'unlisted-mine', month, parties: [party.id], lots, events, evidence: { facility, listed: false } });
  }

  unlicensedMining(party: SimParty, month: string, lots: string[], events: string[]): void {
    this.#add({ class: 'unlicensed-mining', month, parties: [party.id], lots, events, evidence: { facility: party.site, licence: null } }, lots);
  }

  mineralToRecycler(miner: SimParty, recycler: SimParty, lot: string, month: string, product: string): void {
    this.#add({ class: 'recycler-buys-mineral', month, parties: [miner.id, recycler.id], lots: [lot], events: [], evidence: { product, category: 'concentrate' } }, [lot]);
  }

  fakeScrap(recycler: SimParty, lot: string, event: string, month: string, composition: Composition): void {
    const total = Object.values(composition).reduce((s, v) => s + (v ?? 0), 0);
    const laCe = (composition.La ?? 0) + (composition.Ce ?? 0);
    this.#add({
      class: 'fake-scrap', month, parties: [recycler.id], lots: [lot], events: [event],
      evidence: { declaredProduct: 'scrap-ndfeb-solid', laCeShareOfRe: Math.round((laCe / total) * 1000) / 1000, expectedLaCeShareOfRe: 0 },
    }, [lot]);
  }

  unlicensedExport(party: SimParty, lot: string, event: string, month: string, reoGrams: number, product: string): void {
    this.#add({ class: 'unlicensed-export', month, parties: [party.id], lots: [lot], events: [event], evidence: { product, tonnesReo: t(reoGrams), licence: null } });
  }

  neverReceived(from: SimParty, to: SimParty, lot: string, event: string, month: string, massGrams: number): void {
    this.#add({ class: 'never-received', month, parties: [from.id, to.id], lots: [lot], events: [event], evidence: { shippedTonnes: t(massGrams) } });
  }

  shortReceipt(from: SimParty, to: SimParty, lot: string, events: string[], month: string, shippedGrams: number, receivedGrams: number): void {
    this.#add({
      class: 'short-receipt', month, parties: [from.id, to.id], lots: [lot], events,
      evidence: { shippedTonnes: t(shippedGrams), receivedTonnes: t(receivedGrams), shortShare: Math.round((1 - receivedGrams / shippedGrams) * 1000) / 1000 },
    });
  }

  unbalanced(party: SimParty, month: string, events: string[], inReoGrams: number, outReoGrams: number): void {
    this.#add({
      class: 'unbalanced-period', month, parties: [party.id], lots: [], events,
      evidence: { inputTonnesReo: t(inReoGrams), outputTonnesReo: t(outReoGrams), unaccountedTonnesReo: t(inReoGrams - outReoGrams), declaredLossTonnesReo: 0 },
    });
  }

  lateReport(party: SimParty, month: string, submittedAt: string, events: string[]): void {
    this.#add({ class: 'late-report', month, parties: [party.id], lots: [], events, evidence: { dueBy: `${nextMonthTenth(month)}T23:59:59+08:00`, submittedAt } });
  }

  roundTrip(from: SimParty, to: SimParty, lot: string, month: string, massGrams: number): void {
    this.#add({ class: 'round-trip', month, parties: [from.id, to.id], lots: [lot], events: [], evidence: { tonnes: t(massGrams) } }, [lot]);
  }

  doubleSpend(party: SimParty, lot: string, event: string, month: string, massGrams: number): void {
    this.#add({ class: 'double-spend', month, parties: [party.id], lots: [lot], events: [event], evidence: { askedTonnes: t(massGrams), remainingTonnes: 0 }, refused: true });
  }

  /** Records why the ledger refused an attempt. */
  refused(event: string, reason: string): void {
    const violation = this.violations.find((v) => v.class === 'double-spend' && v.events.includes(event));
    if (violation !== undefined) violation.refusal = reason;
  }

  /** Labels the overruns of quotas and licences, from what was recorded over the year. */
  closeYear(industry: Industry): void {
    const month = (index: number) => `${this.#year}-${String(index + 1).padStart(2, '0')}`;
    for (const party of industry.parties) {
      const isMiner = party.role === 'miner';
      const monthly = (isMiner ? this.#extracted : this.#separated).get(party.id);
      if (monthly === undefined || party.quotaTonnesReo === undefined) continue;
      const crossing = crossingMonth(monthly, party.quotaTonnesReo * TONNE);
      if (crossing !== undefined) {
        this.#add({
          class: isMiner ? 'over-quota-mining' : 'over-quota-separation', month: month(crossing), parties: [party.id], lots: [], events: [],
          evidence: { quotaTonnesReo: party.quotaTonnesReo, recordedTonnesReo: t(sum(monthly)), overTonnesReo: t(sum(monthly) - party.quotaTonnesReo * TONNE) },
        });
      }
    }
    // A group is held to the quotas the State Council gave it (not the sum of what it allotted its
    // members), each ore type to its own: Order 71 never pools rock and ion-adsorption quotas, so
    // a group over its rock quota is over in that month, however much ionic quota it has left.
    for (const [key, use] of this.#groupUse) {
      const [group, activity] = key.split('|') as [string, QuotaActivity];
      const quota = { rock: 0, ionic: 0, any: 0 };
      for (const q of industry.registry.quotas ?? []) {
        if (q.holder === group && q.activity === activity && q.year === this.#year) quota[q.oreType] += Math.round(q.tonnesReo * 1000) * 1000;
      }
      if (quota.rock + quota.ionic + quota.any === 0) continue;
      const crossing = groupCrossingMonth(use, quota);
      if (crossing === undefined) continue;
      const used = { rock: sum(use.rock), ionic: sum(use.ionic) };
      this.#add({
        class: 'group-over-quota', month: month(crossing), parties: [group], lots: [], events: [],
        evidence: {
          activity, quotaTonnesReo: t(quota.rock + quota.ionic + quota.any), recordedTonnesReo: t(used.rock + used.ionic),
          rockQuotaTonnesReo: t(quota.rock), rockUsedTonnesReo: t(used.rock), ionicQuotaTonnesReo: t(quota.ionic), ionicUsedTonnesReo: t(used.ionic),
          anyOreQuotaTonnesReo: t(quota.any),
        },
      });
    }
    for (const [licence, entry] of this.#exportsByLicence) {
      const capacity = (entry.party.exportLicence?.capacityTonnesReo ?? 0) * TONNE;
      if (capacity === 0) continue;
      const crossing = crossingMonth(entry.monthly, capacity);
      if (crossing === undefined) continue;
      const beyond = entry.events.filter((e) => e.month >= crossing);
      this.#add({
        class: 'export-beyond-licence', month: month(crossing), parties: [entry.party.id], lots: beyond.map((e) => e.lot), events: beyond.map((e) => e.event),
        evidence: { licence, capacityTonnesReo: t(capacity), exportedTonnesReo: t(sum(entry.monthly)) },
      });
    }
  }

  countsByClass(): Record<ViolationClass, number> {
    const counts = Object.fromEntries(VIOLATION_CLASSES.map((c) => [c, 0])) as Record<ViolationClass, number>;
    for (const violation of this.violations) counts[violation.class] += 1;
    return counts;
  }
}

function addMonthly(map: Map<string, number[]>, party: string, month: number, grams: number): void {
  const monthly = map.get(party) ?? Array<number>(12).fill(0);
  monthly[month]! += grams;
  map.set(party, monthly);
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** The month in which the running total first passes `limit`. */
function crossingMonth(monthly: readonly number[], limit: number): number | undefined {
  let total = 0;
  for (let i = 0; i < monthly.length; i += 1) {
    total += monthly[i]!;
    if (total > limit) return i;
  }
  return undefined;
}

/** The month in which a group's use first passes its quotas: what each ore type uses beyond its
 * own quota must fit in the quota given for any ore. */
function groupCrossingMonth(use: Record<OreType, readonly number[]>, quota: Record<OreType | 'any', number>): number | undefined {
  const running = { rock: 0, ionic: 0 };
  for (let i = 0; i < 12; i += 1) {
    running.rock += use.rock[i]!;
    running.ionic += use.ionic[i]!;
    if (Math.max(0, running.rock - quota.rock) + Math.max(0, running.ionic - quota.ionic) > quota.any) return i;
  }
  return undefined;
}

function nextMonthTenth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-10` : `${year}-${String(m + 1).padStart(2, '0')}-10`;
}
