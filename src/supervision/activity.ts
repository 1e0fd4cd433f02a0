// What counts against quotas and licences, shared by the quota and capacity rules: REO extracted
// (the extracted lot's elements) and REO fed to separation (mineral products and mixed compounds
// going into a process of a party that separates).
import { reoGrams } from '../domain/composition.ts';
import { productByCode } from '../domain/products.ts';
import type { Finding, RegistryFacts, ScannedEvent } from './rule.ts';
import { shanghaiMonth } from './periods.ts';

const SEPARATION_FEEDS = new Set(['ore', 'concentrate', 'mixed-compound']);

export type QuotaActivity = 'mining' | 'separation';

/** The quota in grams REO of a `holder|activity|year` key. */
export function quotaGramsOf(key: string, registry: RegistryFacts): number {
  const [holder, activity, year] = key.split('|') as [string, QuotaActivity, string];
  return registry.quotaKgReo(holder, activity, Number(year))! * 1000;
}

/** REO grams this event counts against its recorder's quota of `activity` (0 when none). */
export function quotaReoGrams(event: ScannedEvent, activity: QuotaActivity, separates: boolean): number {
  if (activity === 'mining') {
    if (event.event.kind !== 'extract') return 0;
    let total = 0;
    for (const flow of event.flows) if (flow.direction === 1) total += reoGrams(flow.elements);
    return total;
  }
  if (!separates || event.event.kind !== 'process') return 0;
  let total = 0;
  for (const flow of event.flows) {
    if (flow.direction === -1 && SEPARATION_FEEDS.has(productByCode(flow.product)?.category ?? '')) total += reoGrams(flow.elements);
  }
  return total;
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
