// Walks over the event–lot edges (lot_flows) for traces. A lot's parents are the lots its making
// event took mass out of (flows of direction -1 at the lot's created_seq); its children are the lots
// made by the events that took mass out of it. Lots voided by a correction are no one's parent or
// child: a correction's own flows reverse the voided lot's, and would otherwise link the corrected
// event's outputs to its replacement's.
//
// The walk itself runs over the in-memory index (lineage-index.ts); the edges, lots and events
// around a page of it are read here, in SQL, a page at a time.
import type { Kysely } from 'kysely';
import { lineageIndex, type TraceDirection } from './lineage-index.ts';
import type { Database } from './schema.ts';

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

/** A lot of a walk's page: the least depth it was reached at, the event that made it, and the
 * events it fed that made other lots of the walk (its edges within the walk). */
export interface WalkedLot {
  id: string;
  depth: number;
  madeBy: number | null;
  feeds: number[];
}

export interface LineagePage {
  /** The page's lots, each at the least depth it was reached. */
  lots: WalkedLot[];
  /** Distinct lots the walk reached. */
  lotsTotal: number;
  /** Whether the walk stopped at walkLotsMax: the trace is incomplete. */
  walkCut: boolean;
  /** Whether some lot was reached at depthMax: deeper lots may exist. */
  depthReached: boolean;
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

  const lots: WalkedLot[] = [];
  let skip = q.offset;
  for (const id of unflowed.sort()) {
    if (skip > 0) skip -= 1;
    else if (lots.length < q.limit) lots.push({ id, depth: 0, madeBy: null, feeds: [] });
  }
  for (let depth = 0; depth < levels.length && lots.length < q.limit; depth++) {
    const level = levels[depth]!;
    if (skip >= level.length) {
      skip -= level.length;
      continue;
    }
    // Lot numbers follow the order of recording: sorting them orders the level stably.
    const ordered = level.slice().sort();
    for (let i = skip; i < ordered.length && lots.length < q.limit; i++) {
      const lot = ordered[i]!;
      lots.push({ id: index.lotId(lot), depth, madeBy: index.madeByOf(lot), feeds: index.feedsInLastWalk(lot) });
    }
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

/** The edges of a walk's page: each lot's flow in from the event that made it, and its flows out
 * into the events that made other lots of the walk. An edge between two lots of the walk is so
 * listed on the page of each of its ends, and a page's edges are bounded by its lots' flows, not by
 * the size of the events around them (a campaign of two hundred inputs). */
export async function lineageEdges(db: Kysely<Database>, pageLots: readonly WalkedLot[]): Promise<FlowEdge[]> {
  const wanted = new Map<string, { madeBy: number | null; feeds: Set<number> }>();
  for (const lot of pageLots) wanted.set(lot.id, { madeBy: lot.madeBy, feeds: new Set(lot.feeds) });
  const ids = [...wanted.keys()];
  const masses = new Map<string, FlowEdge>();
  for (let start = 0; start < ids.length; start += IN_LIST_MAX) {
    const rows = await db.selectFrom('lot_flows').select(['lot_id', 'seq', 'direction', 'mass_grams'])
      .where('lot_id', 'in', ids.slice(start, start + IN_LIST_MAX)).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const direction = Number(row.direction) as -1 | 1;
      const lot = wanted.get(row.lot_id)!;
      if (direction === 1 ? lot.madeBy !== seq : !lot.feeds.has(seq)) continue;
      // A lot taken twice by one event is one edge, of both masses.
      const key = `${row.lot_id}\u0000${seq}\u0000${direction}`;
      const edge = masses.get(key);
      if (edge === undefined) masses.set(key, { lotId: row.lot_id, seq, direction, massGrams: Number(row.mass_grams) });
      else edge.massGrams += Number(row.mass_grams);
    }
  }
  return [...masses.values()].sort((a, b) => a.seq - b.seq || a.direction - b.direction || (a.lotId < b.lotId ? -1 : 1));
}
