// Forward trace of a mine's output over a period: every lot an extract event made at the facility
// in [from, to), and every lot that received material from them, as one walk from all of those
// roots. A page of the lots reached, in order of depth then of recording, with the edges, events, parties and
// facilities around them, under the same bounds and paging as a trace of one lot (trace.ts): depth,
// walk rows, page size, offset.
//
// The roots are found through the mine's owner: an extract event is recorded by the facility's own
// party (the capture refuses any other), so the owner's extract events (and corrections that
// replace one with an extract) are read by the (party_id, event_id) index and their facility and
// time checked here, where an ISO 8601 time with any offset compares as an instant. Lots voided by a
// correction are neither roots nor reached.
import { sql, type Kysely } from 'kysely';
import { TRACE_DEPTH_MAX, TRACE_PAGE_MAX, TRACE_WALK_LOTS_MAX } from '../limits.ts';
import { findFacilities } from '../registry/queries.ts';
import { lineageIndex, walkLineage, type Database, type Store } from '../store/index.ts';
import { presentPage, type Trace, type TraceOptions } from './trace.ts';
import { checkViewer, ProvenanceRefused, seesAll } from './viewer.ts';

export interface MineOutputQuery {
  /** The mine's facility id. */
  facility: string;
  /** The period's start (inclusive) and end (exclusive): ISO 8601 date-times with an offset. */
  from: string;
  to: string;
}

export interface MineOutputTrace extends Omit<Trace, 'root'> {
  /** The facility as the viewer may see it. */
  facility: string;
  from: string;
  to: string;
  /** Lots extracted at the facility in the period (the walk's roots, at depth 0), voided ones left out. */
  rootsTotal: number;
}

/** The calendar year in China Standard Time (UTC+08:00), the time the ledger's enterprises report in. */
export function yearPeriod(year: number): { from: string; to: string } {
  if (!Number.isSafeInteger(year) || year < 1 || year > 9998) throw new ProvenanceRefused('bad-input', `a year is a whole number from 1 to 9998, got ${JSON.stringify(year)}`);
  const y = (n: number) => String(n).padStart(4, '0');
  return { from: `${y(year)}-01-01T00:00:00+08:00`, to: `${y(year + 1)}-01-01T00:00:00+08:00` };
}

function wholeNumber(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ProvenanceRefused('bad-input', `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(value: unknown, name: string): number {
  const ms = typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new ProvenanceRefused('bad-input', `${name} must be an ISO 8601 date-time with an offset, got ${JSON.stringify(value)?.slice(0, 60)}`);
  return ms;
}

/** The seqs of the extract events (or corrections replacing one with an extract) at the facility,
 * recorded by its owner, whose time falls in [from, to). The database picks out each body's kind,
 * facility and time, so a miner's year of extractions is not read and parsed whole. */
export async function mineExtractSeqs(store: Store, owner: string, facility: string, fromMs: number, toMs: number): Promise<number[]> {
  const made = (field: string) => store.engine === 'postgres'
    ? sql<string | null>`COALESCE(CAST(body AS json) #>> ${`{replacement,${field}}`}, CAST(body AS json) ->> ${field})`
    : sql<string | null>`COALESCE(json_extract(body, ${`$.replacement.${field}`}), json_extract(body, ${`$.${field}`}))`;
  const rows = await store.db.selectFrom('events').select(['seq', made('time').as('made_time')])
    .where('party_id', '=', owner).where('kind', 'in', ['extract', 'correct'])
    .where(made('kind'), '=', 'extract').where(made('facility'), '=', facility)
    .orderBy('seq').execute();
  const seqs: number[] = [];
  for (const row of rows) {
    const at = typeof row.made_time === 'string' ? Date.parse(row.made_time) : Number.NaN;
    if (at >= fromMs && at < toMs) seqs.push(Number(row.seq));
  }
  return seqs;
}

/** The lots those events made and that no correction voided, by id, from the lineage index. */
export async function lotsMadeBy(db: Kysely<Database>, seqs: readonly number[]): Promise<string[]> {
  const index = await lineageIndex(db);
  return [...new Set(seqs.flatMap((seq) => index.lotsMadeBy(seq)))].sort();
}

/** Regulators and auditors trace any mine's output; an enterprise its own mines'. */
export async function traceMineOutput(store: Store, query: MineOutputQuery, options: TraceOptions): Promise<MineOutputTrace> {
  const viewer = checkViewer(options?.viewer);
  const depthMax = wholeNumber(options.depthMax, 'depthMax', 0, TRACE_DEPTH_MAX, TRACE_DEPTH_MAX);
  const limit = wholeNumber(options.limit, 'limit', 1, TRACE_PAGE_MAX, 200);
  const offset = wholeNumber(options.offset, 'offset', 0, TRACE_WALK_LOTS_MAX, 0);
  if (typeof query?.facility !== 'string' || query.facility === '' || query.facility.length > 400) {
    throw new ProvenanceRefused('bad-input', `a facility id is a non-empty string, got ${JSON.stringify(query?.facility)?.slice(0, 60)}`);
  }
  const fromMs = instant(query.from, 'from');
  const toMs = instant(query.to, 'to');
  if (fromMs >= toMs) throw new ProvenanceRefused('bad-input', `the period is empty: from ${query.from} is not before to ${query.to}`);
  const facility = (await findFacilities(store.db, [query.facility])).get(query.facility);
  if (facility === undefined) throw new ProvenanceRefused('not-found', `no facility ${query.facility}`);
  if (facility.kind !== 'mine') throw new ProvenanceRefused('bad-input', `facility ${facility.id} is a ${facility.kind}; lots are extracted at mines`);
  if (!seesAll(viewer) && !(viewer.role === 'enterprise' && viewer.party === facility.partyId)) {
    throw new ProvenanceRefused('forbidden', viewer.role === 'enterprise'
      ? `facility ${facility.id} is not one of ${viewer.party}'s; an enterprise traces the output of its own mines`
      : `a ${viewer.role} viewer may not trace lots`);
  }

  const roots = await lotsMadeBy(store.db, await mineExtractSeqs(store, facility.partyId, facility.id, fromMs, toMs));
  const page = await walkLineage(store.db, { root: roots, direction: 'forward', depthMax, walkLotsMax: TRACE_WALK_LOTS_MAX, offset, limit: limit + 1 });
  const pageLots = page.lots.slice(0, limit);

  const { present, lots: traceLots, edges: traceEdges, events: traceEvents } = await presentPage(store, viewer, pageLots, [facility.id]);
  const facilityRef = present.facility(facility.id);
  const hasMore = page.lots.length > limit;
  return {
    facility: facilityRef, from: query.from, to: query.to, rootsTotal: roots.length,
    direction: 'forward', lots: traceLots, edges: traceEdges, events: traceEvents,
    parties: [...present.partyViews.values()], facilities: [...present.facilityViews.values()],
    offset, ...(hasMore ? { next: offset + limit } : {}),
    lotsTotal: page.lotsTotal, complete: !page.walkCut, depthReached: page.depthReached,
    limits: { depthMax, walkLotsMax: TRACE_WALK_LOTS_MAX, limit },
  };
}
