// Walks over the event–lot edges (lot_flows) for traces. A lot's parents are the lots its making
// event took mass out of (flows of direction -1 at the lot's created_seq); its children are the lots
// made by the events that took mass out of it. Lots voided by a correction are no one's parent or
// child: a correction's own flows reverse the voided lot's, and would otherwise link the corrected
// event's outputs to its replacement's.
//
// The walk and its edges come from the in-memory index (lineage-index.ts); the lots and events
// around a page of it are read in SQL, a page at a time.
import type { Kysely } from 'kysely';
import { lineageIndex, type FlowEdgeOf, type TraceDirection } from './lineage-index.ts';
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

/** A lot of a walk's page: the least depth it was reached at and its edges within the walk: in
 * from the event that made it, out into the events it fed that made other lots of the walk. */
export interface WalkedLot {
  id: string;
  depth: number;
  madeBy: FlowEdgeOf | null;
  feeds: FlowEdgeOf[];
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
export function lineageEdges(pageLots: readonly WalkedLot[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  for (const { id, madeBy, feeds } of pageLots) {
    if (madeBy !== null) edges.push({ lotId: id, seq: madeBy.seq, direction: 1, massGrams: madeBy.massGrams });
    for (const feed of feeds) edges.push({ lotId: id, seq: feed.seq, direction: -1, massGrams: feed.massGrams });
  }
  return edges.sort((a, b) => a.seq - b.seq || a.direction - b.direction || (a.lotId < b.lotId ? -1 : 1));
}
