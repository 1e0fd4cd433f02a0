// Reads of the projection's sums: one query shape for every figure (filter by months, region,
// measures; group by what the figure needs), typed once for both engines.
import { sql, type Kysely } from 'kysely';
import type { Composition } from '../domain/composition.ts';
import { ELEMENT_SYMBOLS } from '../domain/elements.ts';
import type { Database } from '../store/index.ts';
import type { Measure } from './classify.ts';

/** Months from..to inclusive (YYYY-MM, Asia/Shanghai), and optionally a region and what it holds. */
export interface StatsFilter {
  from: string;
  to: string;
  /** A GB/T 2260 code: a province counts every party in it, a city its own and its counties'. */
  region?: string;
}

/** The parties' region codes a region holds, as a half-open range of 6-digit codes. */
export function regionRange(code: string): [string, string] {
  const step = code.endsWith('0000') ? 10_000 : code.endsWith('00') ? 100 : 1;
  return [code, String(Number(code) + step).padStart(6, '0')];
}

export type FactColumn = 'period' | 'measure' | 'activity' | 'product' | 'counterpart' | 'controlled' | 'region' | 'party_id';

export interface FactSum {
  period: string;
  measure: Measure;
  activity: string;
  product: string;
  counterpart: string;
  controlled: number;
  region: string;
  party_id: string;
  events: number;
  massGrams: number;
  reoGrams: number;
  elements: Composition;
}

export interface FactQuery {
  measures: readonly Measure[];
  groupBy: readonly FactColumn[];
  /** Sum each element's grams as well. */
  elements?: boolean;
  /** Read every month up to filter.to, ignoring filter.from (stocks). */
  sinceStart?: boolean;
}

/** Sums of stats_facts by the given columns; columns not grouped come back as ''. */
export async function sumFacts(db: Kysely<Database>, filter: StatsFilter, query: FactQuery): Promise<FactSum[]> {
  let q = db.selectFrom('stats_facts')
    .select(query.groupBy)
    .select([
      sql<string>`sum(events)`.as('events'),
      sql<string>`sum(mass_grams)`.as('mass_grams'),
      sql<string>`sum(reo_grams)`.as('reo_grams'),
    ])
    .where('measure', 'in', [...query.measures])
    .where('period', '<=', filter.to);
  if (query.sinceStart !== true) q = q.where('period', '>=', filter.from);
  if (filter.region !== undefined) {
    const [lo, hi] = regionRange(filter.region);
    q = q.where('region', '>=', lo).where('region', '<', hi);
  }
  if (query.elements === true) {
    q = q.select(ELEMENT_SYMBOLS.map((symbol) => sql<string>`sum(${sql.ref(symbol.toLowerCase())})`.as(`el_${symbol}`)));
  }
  if (query.groupBy.length > 0) q = q.groupBy([...query.groupBy]);
  const rows = (await q.execute()) as unknown as Record<string, string | number | null>[];
  return rows.map((row) => {
    const elements: Composition = {};
    if (query.elements === true) {
      for (const symbol of ELEMENT_SYMBOLS) {
        const grams = Number(row[`el_${symbol}`] ?? 0);
        if (grams !== 0) elements[symbol] = grams;
      }
    }
    return {
      period: String(row['period'] ?? ''), measure: String(row['measure'] ?? '') as Measure, activity: String(row['activity'] ?? ''),
      product: String(row['product'] ?? ''), counterpart: String(row['counterpart'] ?? ''), controlled: Number(row['controlled'] ?? 0),
      region: String(row['region'] ?? ''), party_id: String(row['party_id'] ?? ''),
      events: Number(row['events'] ?? 0), massGrams: Number(row['mass_grams'] ?? 0), reoGrams: Number(row['reo_grams'] ?? 0), elements,
    };
  }).filter((row) => row.events !== 0 || row.massGrams !== 0);
}
