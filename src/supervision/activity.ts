// What counts against quotas and licences, shared by the quota and capacity rules: REO extracted
// (the extracted lot's elements) and REO fed to separation (mineral products and mixed compounds
// going into a process of a party that separates).
import { reoGrams } from '../domain/composition.ts';
import { isSeparationFeed, productByCode } from '../domain/products.ts';
import type { Finding, ScannedEvent } from './rule.ts';
import { shanghaiMonth } from '../domain/periods.ts';
import { oreTypeZh, percent, tonnes, type EvidenceReader } from './evidence.ts';

export type QuotaActivity = 'mining' | 'separation';
export type OreType = 'rock' | 'ionic';

/** The ore type a mineral product counts under: Order 71 sets rock (light, Bayan Obo, Sichuan,
 * monazite) and ion-adsorption clay quotas apart, and the catalogue's codes name the ionic ores
 * and concentrates so (codes are never renamed). Undefined for a product that is not mineral:
 * a mixed compound's ore is not in its code. */
export function oreTypeOf(product: string): OreType | undefined {
  if (productByCode(product)?.mineral !== true) return undefined;
  return product.includes('-ionic-') ? 'ionic' : 'rock';
}

/** REO grams by the ore type they count under; `unknown` for a feed whose ore its product does not
 * say (a mixed compound), which may draw on a quota of either type. */
export type OreUse = Record<OreType | 'unknown', number>;

const noUse = (): OreUse => ({ rock: 0, ionic: 0, unknown: 0 });

/** REO grams, by ore type, this event counts against its recorder's quota of `activity`. */
export function quotaReoByOre(event: ScannedEvent, activity: QuotaActivity, separates: boolean): OreUse {
  const use = noUse();
  if (activity === 'mining') {
    if (event.event.kind !== 'extract') return use;
    for (const flow of event.flows) if (flow.direction === 1) use[oreTypeOf(flow.product) ?? 'unknown'] += reoGrams(flow.elements);
    return use;
  }
  if (!separates || event.event.kind !== 'process') return use;
  for (const flow of event.flows) {
    if (flow.direction === -1 && isSeparationFeed(flow.product)) use[oreTypeOf(flow.product) ?? 'unknown'] += reoGrams(flow.elements);
  }
  return use;
}

/** REO grams this event counts against its recorder's quota of `activity` (0 when none). */
export function quotaReoGrams(event: ScannedEvent, activity: QuotaActivity, separates: boolean): number {
  const use = quotaReoByOre(event, activity, separates);
  return use.rock + use.ionic + use.unknown;
}

/** A holder's quota of one activity and year in grams REO, by the ore type it was given for. */
export type OreQuota = Record<OreType | 'any', number>;

/** The ore types whose use passes their own quota once a quota for any ore type has taken up what
 * it can, or `all` when the total passes the sum of the quotas; none when the use fits. Quotas of
 * different ore types are never pooled: a holder over its ionic quota is over, however much of its
 * rock quota is left. */
export function overOreQuota(use: OreUse, quota: OreQuota, toleranceShare: number): (OreType | 'all')[] {
  const allowed = (grams: number) => grams * (1 + toleranceShare);
  const excess = { rock: Math.max(0, use.rock - allowed(quota.rock)), ionic: Math.max(0, use.ionic - allowed(quota.ionic)) };
  const over: (OreType | 'all')[] = [];
  if (excess.rock + excess.ionic > allowed(quota.any)) for (const type of ['rock', 'ionic'] as const) if (excess[type] > 0) over.push(type);
  if (over.length === 0 && use.rock + use.ionic + use.unknown > allowed(quota.rock + quota.ionic + quota.any)) over.push('all');
  return over;
}

/** Use by ore type per key over time, and where it first passes the key's quota. */
export class OreQuotaUse {
  readonly #entries = new Map<string, { timeMs: number; use: OreUse; ref: string }[]>();

  add(key: string, timeMs: number, use: OreUse, ref: string): void {
    if (use.rock + use.ionic + use.unknown === 0) return;
    const entries = this.#entries.get(key) ?? [];
    entries.push({ timeMs, use, ref });
    this.#entries.set(key, entries);
  }

  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }

  /** The month (Asia/Shanghai) in which the use, in time order, first passes the quota, the ore
   * types over, the events from the one that passed it on, and the year's use; undefined when it
   * never does. */
  crossing(key: string, quota: OreQuota, toleranceShare: number): { month: string; over: (OreType | 'all')[]; events: string[]; used: OreUse } | undefined {
    const entries = [...(this.#entries.get(key) ?? [])].sort((a, b) => a.timeMs - b.timeMs);
    const running = noUse();
    const used = noUse();
    for (const entry of entries) for (const type of ['rock', 'ionic', 'unknown'] as const) used[type] += entry.use[type];
    for (let i = 0; i < entries.length; i += 1) {
      for (const type of ['rock', 'ionic', 'unknown'] as const) running[type] += entries[i]!.use[type];
      const over = overOreQuota(running, quota, toleranceShare);
      if (over.length > 0) return { month: shanghaiMonth(entries[i]!.timeMs), over: overOreQuota(used, quota, toleranceShare), events: entries.slice(i).map((e) => e.ref), used };
    }
    return undefined;
  }
}

/** Running totals per key over time, and where a running total first passes a limit. */
export class RunningTotals {
  readonly #entries = new Map<string, { timeMs: number; grams: number; ref: string }[]>();

  add(key: string, timeMs: number, grams: number, ref: string): void {
    if (grams === 0) return;
    const entries = this.#entries.get(key) ?? [];
    entries.push({ timeMs, grams, ref });
    this.#entries.set(key, entries);
  }

  keys(): IterableIterator<string> {
    return this.#entries.keys();
  }

  total(key: string): number {
    let sum = 0;
    for (const entry of this.#entries.get(key) ?? []) sum += entry.grams;
    return sum;
  }

  /** The month (YYYY-MM, Asia/Shanghai) in which the running total, in time order, first passes
   * `limit`, and the events from the one that passed it on; undefined when it never does. */
  crossing(key: string, limit: number): { month: string; events: string[] } | undefined {
    const entries = [...(this.#entries.get(key) ?? [])].sort((a, b) => a.timeMs - b.timeMs);
    let running = 0;
    for (let i = 0; i < entries.length; i += 1) {
      running += entries[i]!.grams;
      if (running > limit) return { month: shanghaiMonth(entries[i]!.timeMs), events: entries.slice(i).map((e) => e.ref) };
    }
    return undefined;
  }

  /** What `make` finds of each key whose running total passes its limit (grams) by more than the
   * tolerance: the quota, capacity and licence rules differ only in their keys and words. */
  overLimits(limitGrams: (key: string) => number, toleranceShare: number, make: (key: string, over: OverLimit) => Finding): Finding[] {
    const findings: Finding[] = [];
    for (const key of this.keys()) {
      const limit = limitGrams(key);
      const crossed = this.crossing(key, limit * (1 + toleranceShare));
      if (crossed !== undefined) findings.push(make(key, { ...crossed, recorded: this.total(key), limit }));
    }
    return findings;
  }
}

export interface OverLimit {
  /** The month the running total passed the limit, and the events from the one that passed it. */
  month: string;
  events: string[];
  recorded: number;
  limit: number;
}

/** A quota in kg REO by ore type, in grams. */
export function gramsByOre(quotaKg: Readonly<Record<OreType | 'any', number>>): OreQuota {
  return { rock: quotaKg.rock * 1000, ionic: quotaKg.ionic * 1000, any: quotaKg.any * 1000 };
}

/** The use and quota an over-quota alert states (grams), and the sentence that states them. */
export function describeOreUse(used: OreUse, quota: OreQuota, over: readonly (OreType | 'all')[]): { recorded: number; limit: number; words: string } {
  const anyWords = quota.any > 0 ? ` (with ${tonnes(quota.any)} t REO for any ore)` : '';
  if (over.includes('all') || over.length === 0) {
    const recorded = used.rock + used.ionic + used.unknown;
    const limit = quota.rock + quota.ionic + quota.any;
    return { recorded, limit, words: `${tonnes(recorded)} t REO against a quota of ${tonnes(limit)} t REO (${percent(recorded / limit)})` };
  }
  const types = over.filter((type): type is OreType => type !== 'all');
  const recorded = types.reduce((sum, type) => sum + used[type], 0);
  const limit = types.reduce((sum, type) => sum + quota[type], quota.any);
  const words = types.map((type) => `${tonnes(used[type])} t REO of ${type} ore against a ${type}-ore quota of ${tonnes(quota[type])} t REO`).join('; ');
  return { recorded, limit, words: `${words}${anyWords}; quotas of one ore type do not cover the other` };
}

/** The words of describeOreUse in Chinese, from the evidence of an over-quota alert. */
export function describeOreUseZh(e: EvidenceReader): string {
  const over = e.strs('overOreTypes');
  if (over.includes('all') || over.length === 0) {
    return `${e.num('recordedTonnesReo')} 吨 REO，而指标为 ${e.num('quotaTonnesReo')} 吨 REO（${percent(e.num('quotaUseRatio'))}）`;
  }
  const any = e.num('anyOreQuotaTonnesReo');
  const words = over.map((type) => `${oreTypeZh(type)}稀土矿 ${e.num(`${type}UsedTonnesReo`)} 吨 REO，而${oreTypeZh(type)}矿指标为 ${e.num(`${type}QuotaTonnesReo`)} 吨 REO`).join('；');
  return `${words}${any > 0 ? `（另有不限矿种的指标 ${any} 吨 REO）` : ''}；一种矿种的指标不能用于另一种矿种`;
}

/** Each ore type's use and quota, in t REO, for an alert's evidence. */
export function oreFigures(used: OreUse, quota: OreQuota): Record<string, number> {
  return {
    rockUsedTonnesReo: tonnes(used.rock), rockQuotaTonnesReo: tonnes(quota.rock), ionicUsedTonnesReo: tonnes(used.ionic), ionicQuotaTonnesReo: tonnes(quota.ionic),
    unknownOreUsedTonnesReo: tonnes(used.unknown), anyOreQuotaTonnesReo: tonnes(quota.any),
  };
}
