// What counts against quotas and licences, shared by the quota and capacity rules: REO extracted
// (the extracted lot's elements) and REO fed to separation (mineral products and mixed compounds
// going into a process of a party that separates).
import { reoGrams } from '../domain/composition.ts';
import { productByCode } from '../domain/products.ts';
import type { ScannedEvent } from './rule.ts';

const SEPARATION_FEEDS = new Set(['ore', 'concentrate', 'mixed-compound']);

export type QuotaActivity = 'mining' | 'separation';

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

/** Running monthly totals per key, and the month a running total first passes a limit. */
export class MonthlyTotals {
  readonly #totals = new Map<string, Map<string, number>>();
  readonly #events = new Map<string, { month: string; ref: string }[]>();

  add(key: string, month: string, grams: number, ref: string): void {
    if (grams === 0) return;
    const months = this.#totals.get(key) ?? new Map<string, number>();
    months.set(month, (months.get(month) ?? 0) + grams);
    this.#totals.set(key, months);
    const events = this.#events.get(key) ?? [];
    events.push({ month, ref });
    this.#events.set(key, events);
  }

  keys(): IterableIterator<string> {
    return this.#totals.keys();
  }

  total(key: string): number {
    let sum = 0;
    for (const grams of this.#totals.get(key)?.values() ?? []) sum += grams;
    return sum;
  }

  /** The first month (YYYY-MM) whose running total passes `limit`, or undefined. */
  crossing(key: string, limit: number): string | undefined {
    let running = 0;
    for (const [month, grams] of [...(this.#totals.get(key) ?? new Map<string, number>())].sort(([a], [b]) => a.localeCompare(b))) {
      running += grams;
      if (running > limit) return month;
    }
    return undefined;
  }

  /** Events recorded against `key` in or after `month`. */
  eventsFrom(key: string, month: string): string[] {
    return (this.#events.get(key) ?? []).filter((e) => e.month >= month).map((e) => e.ref);
  }
}
