// A figure's drill-down: the events behind it, a page at a time, in log order, each with its share
// of the figure. The pages sum to the figure, because the figure is the sum of these items.
import type { Kysely } from 'kysely';
import type { Composition } from '../domain/composition.ts';
import { PROCESS_LOTS_MAX, STATS_DRILL_PAGE_MAX } from '../limits.ts';
import type { Database } from '../store/index.ts';
import { regionRange } from './facts.ts';
import type { FigureKey } from './figures.ts';

export interface DrillDownItem {
  seq: number;
  eventId: string;
  kind: string;
  partyId: string;
  region: string;
  time: string;
  period: string;
  measure: string;
  activity: string;
  product: string;
  counterpart: string;
  controlled: boolean;
  massGrams: number;
  reoGrams: number;
  elements: Composition;
}

export interface DrillDownPage {
  items: DrillDownItem[];
  /** Pass as `after` for the next page; null on the last page. */
  next: number | null;
}

/** Items behind `key` with seq above `after`, at most `limit` (≤ STATS_DRILL_PAGE_MAX) events. */
export async function drillDown(db: Kysely<Database>, key: FigureKey, page: { after?: number; limit?: number } = {}): Promise<DrillDownPage> {
  const limit = Math.min(page.limit ?? 100, STATS_DRILL_PAGE_MAX);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a drill-down page holds 1 to ${STATS_DRILL_PAGE_MAX} items, not ${page.limit}`);
  if (key.measures.length === 0 || key.products?.length === 0 || key.parties?.length === 0) return { items: [], next: null };
  let q = db.selectFrom('stats_items').innerJoin('events', 'events.seq', 'stats_items.seq')
    .select(['stats_items.seq', 'events.event_id', 'events.kind', 'events.event_time', 'stats_items.party_id', 'stats_items.region', 'stats_items.period',
      'stats_items.measure', 'stats_items.activity', 'stats_items.product', 'stats_items.counterpart', 'stats_items.controlled',
      'stats_items.mass_grams', 'stats_items.reo_grams', 'stats_items.elements'])
    .where('stats_items.measure', 'in', key.measures)
    .where('stats_items.period', '>=', key.from).where('stats_items.period', '<=', key.to);
  if (key.activities !== undefined) q = q.where('stats_items.activity', 'in', key.activities);
  if (key.products !== undefined) q = q.where('stats_items.product', 'in', key.products);
  if (key.counterparts !== undefined) q = q.where('stats_items.counterpart', 'in', key.counterparts);
  if (key.controlled !== undefined) q = q.where('stats_items.controlled', '=', key.controlled);
  if (key.parties !== undefined) q = q.where('stats_items.party_id', 'in', key.parties);
  if (key.region !== undefined) {
    const [lo, hi] = regionRange(key.region);
    q = q.where('stats_items.region', '>=', lo).where('stats_items.region', '<', hi);
  }
  if (page.after !== undefined) q = q.where('stats_items.seq', '>', page.after);
  // One event may hold several items of a figure (a process making two oxides): a page ends on an
  // event's last item, so the next page starts at the next event.
  // An event has at most 2 × PROCESS_LOTS_MAX items, so the bound always leaves a whole event.
  const rowBound = limit * 4 + 2 * PROCESS_LOTS_MAX;
  const rows = await q.orderBy('stats_items.seq').orderBy('stats_items.product').orderBy('stats_items.counterpart').orderBy('stats_items.activity').limit(rowBound + 1).execute();
  const items: DrillDownItem[] = [];
  const seqs = new Set<number>();
  let next: number | null = null;
  for (const row of rows.slice(0, rowBound)) {
    const seq = Number(row.seq);
    if (!seqs.has(seq) && seqs.size === limit) {
      next = [...seqs].pop()!;
      break;
    }
    seqs.add(seq);
    items.push({
      seq, eventId: row.event_id, kind: row.kind, partyId: row.party_id, region: row.region, time: row.event_time, period: row.period, measure: row.measure,
      activity: row.activity, product: row.product, counterpart: row.counterpart, controlled: Number(row.controlled) === 1,
      massGrams: Number(row.mass_grams), reoGrams: Number(row.reo_grams), elements: JSON.parse(row.elements) as Composition,
    });
  }
  if (next === null && rows.length === rowBound + 1) {
    // The row bound cut the page inside an event: drop that event, continue from the last whole one.
    const last = items[items.length - 1]!.seq;
    while (items[items.length - 1]!.seq === last) items.pop();
    next = items[items.length - 1]!.seq;
  }
  return { items, next };
}
