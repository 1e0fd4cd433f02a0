// Walks over the event–lot edges (lot_flows) for traces. A lot's parents are the lots its making
// event took mass out of (flows of direction -1 at the lot's created_seq); its children are the lots
// made by the events that took mass out of it. Lots voided by a correction are no one's parent or
// child: a correction's own flows reverse the voided lot's, and would otherwise link the corrected
// event's outputs to its replacement's.
//
// The walk itself runs over the in-memory index (lineage-index.ts); the edges, lots and events
// around a page of it are read here, in SQL, a page at a time.
import { sql, type Kysely } from 'kysely';
import { lineageIndex, type TraceDirection } from './lineage-index.ts';
import type { Database } from './schema.ts';
import type { Engine } from './store.ts';

export type { TraceDirection } from './lineage-index.ts';

export interface LineageQuery {
  /** One lot, or several walked at once (a mine's output). */
  root: string | readonly string[];
  direction: TraceDirection;
  /** Edges followed from the root. */
  depthMax: number;
  /** Lots the walk may reach before it stops and says so. */
  walkLotsMax: number;
  /** Lots after this many, in order of depth then of recording. */
  offset: number;
  limit: number;
}

export interface LineagePage {
  /** The page's lots, each at the least depth it was reached. */
  lots: { id: string; depth: number }[];
  /** Distinct lots the walk reached. */
  lotsTotal: number;
  /** Whether the walk stopped at walkLotsMax: the trace is incomplete. */
  walkCut: boolean;
  /** Whether some lot was reached at depthMax: deeper lots may exist. */
  depthReached: boolean;
}

/** The roots as one parameter (a JSON array), so that any number of them fits one statement. */
export function rootsTable(engine: Engine, ids: readonly string[]) {
  const json = JSON.stringify(ids);
  return engine === 'postgres'
    ? sql`SELECT r.value AS id FROM json_array_elements_text(CAST(${json} AS json)) AS r(value)`
    : sql`SELECT r.value AS id FROM json_each(${json}) AS r`;
}

export async function walkLineage(db: Kysely<Database>, q: LineageQuery): Promise<LineagePage> {
  const rootIds = typeof q.root === 'string' ? [q.root] : q.root;
  if (rootIds.length === 0) return { lots: [], lotsTotal: 0, walkCut: false, depthReached: false };
  const index = await lineageIndex(db);
  const roots: number[] = [];
  // A lot with no flow yet has no lineage: it is its own walk, listed first.
  const unflowed: string[] = [];
  for (const id of rootIds) {
    const lot = index.lotNumber(id);
    if (lot === undefined) unflowed.push(id);
    else roots.push(lot);
  }
  const { levels, cut } = index.walk(roots, q.direction, q.depthMax, q.walkLotsMax - unflowed.length);
  let lotsTotal = unflowed.length;
  for (const level of levels) lotsTotal += level.length;

  const lots: { id: string; depth: number }[] = [];
  let skip = q.offset;
  for (const id of unflowed.sort()) {
    if (skip > 0) skip -= 1;
    else if (lots.length < q.limit) lots.push({ id, depth: 0 });
  }
  for (let depth = 0; depth < levels.length && lots.length < q.limit; depth++) {
    const level = levels[depth]!;
    if (skip >= level.length) {
      skip -= level.length;
      continue;
    }
    // Lot numbers follow the order of recording: sorting them orders the level stably.
    const ordered = Int32Array.from(level).sort();
    for (let i = skip; i < ordered.length && lots.length < q.limit; i++) lots.push({ id: index.lotId(ordered[i]!), depth });
    skip = 0;
  }
  return { lots, lotsTotal, walkCut: cut, depthReached: levels.length - 1 >= q.depthMax };
}

const IN_LIST_MAX = 1_000;

export interface FlowEdge {
  lotId: string;
  seq: number;
  /** -1: the event took mass out of the lot; +1: the event made the lot. */
  direction: -1 | 1;
  massGrams: number;
}

/** The edges around lots, for a page of a trace: backward, each lot's making event with its flow
 * into the lot and the flows out of its parents; forward, the events that took from each lot and
 * the lots those events made. */
export async function lineageEdges(db: Kysely<Database>, ids: readonly string[], direction: TraceDirection): Promise<FlowEdge[]> {
  if (ids.length === 0) return [];
  const edge = (row: { lot_id: string; seq: number; direction: number; mass_grams: number }): FlowEdge => ({
    lotId: row.lot_id, seq: Number(row.seq), direction: Number(row.direction) as -1 | 1, massGrams: Number(row.mass_grams),
  });
  if (direction === 'backward') {
    const made = await db.selectFrom('lots as c')
      .innerJoin('lot_flows as f', (join) => join.onRef('f.seq', '=', 'c.created_seq').onRef('f.lot_id', '=', 'c.id').on('f.direction', '=', 1))
      .select(['f.lot_id', 'f.seq', 'f.direction', 'f.mass_grams'])
      .where('c.id', 'in', ids).execute();
    const inputs = await db.selectFrom('lots as c')
      .innerJoin('lot_flows as f', (join) => join.onRef('f.seq', '=', 'c.created_seq').on('f.direction', '=', -1))
      .innerJoin('lots as p', 'p.id', 'f.lot_id')
      .select(['f.lot_id', 'f.seq', 'f.direction', 'f.mass_grams'])
      .where('c.id', 'in', ids).where('c.status', '<>', 'void').where('p.status', '<>', 'void')
      .distinct().execute();
    return [...made, ...inputs].map(edge);
  }
  const taken = await db.selectFrom('lot_flows as f')
    .innerJoin('lots as s', 's.id', 'f.lot_id')
    .select(['f.lot_id', 'f.seq', 'f.direction', 'f.mass_grams'])
    .where('f.lot_id', 'in', ids).where('f.direction', '=', -1).where('s.status', '<>', 'void').execute();
  const seqs = [...new Set(taken.map((row) => Number(row.seq)))];
  const made = [];
  // A lot shipped out in many parts has many events; keep each statement's parameters few.
  for (let start = 0; start < seqs.length; start += IN_LIST_MAX) {
    made.push(...await db.selectFrom('lot_flows as g')
      .innerJoin('lots as c', (join) => join.onRef('c.id', '=', 'g.lot_id').onRef('c.created_seq', '=', 'g.seq'))
      .select(['g.lot_id', 'g.seq', 'g.direction', 'g.mass_grams'])
      .where('g.seq', 'in', seqs.slice(start, start + IN_LIST_MAX)).where('g.direction', '=', 1).where('c.status', '<>', 'void').execute());
  }
  return [...taken, ...made].map(edge);
}
