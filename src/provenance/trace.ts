// Backward and forward traces of a lot: a page of the lots reached over the event–lot edges, in
// order of depth then of recording, with the edges, events, parties and facilities around them as the viewer
// may see them. Bounded in depth, in the rows one walk may produce, and in page size.
import { TRACE_DEPTH_MAX, TRACE_PAGE_MAX, TRACE_WALK_LOTS_MAX } from '../limits.ts';
import { lineageEdges, walkLineage, type Store, type TraceDirection, type WalkedLot } from '../store/index.ts';
import { Presenter, type FacilityView, type OriginEntry, type PartyView } from './present.ts';
import { checkLotId, readEventSummariesBySeq, readLot, readLotsById, readRegistry } from './reads.ts';
import { assertMayTrace, checkViewer, ProvenanceRefused, type Viewer } from './viewer.ts';
import { parseSource } from '../domain/index.ts';

export interface TraceOptions {
  viewer: Viewer;
  /** Edges followed from the lot; default and most TRACE_DEPTH_MAX. */
  depthMax?: number;
  /** Lots per page; default 200, at most TRACE_PAGE_MAX. */
  limit?: number;
  /** Lots already seen: the `next` of the page before. */
  offset?: number;
}

export interface TraceLot {
  ref: string;
  depth: number;
  product: string;
  massGrams: number;
  massGramsRemaining: number;
  status: string;
  holder: string;
  custody: string | null;
  origin: OriginEntry[];
}

export interface TraceEvent {
  seq: number;
  kind: string;
  time: string;
  party: string;
  /** The recorder's own event id, shown only to those who see the recorder. */
  eventId?: string;
  facility?: string;
  destinationCountry?: string;
  originCountry?: string;
}

/** Mass moved between a lot and an event: `out` of the lot into the event, or `in` to the lot
 * from the event that made it. */
export interface TraceEdge {
  lot: string;
  seq: number;
  flow: 'out' | 'in';
  massGrams: number;
}

export interface Trace {
  root: string;
  direction: TraceDirection;
  lots: TraceLot[];
  edges: TraceEdge[];
  events: TraceEvent[];
  parties: PartyView[];
  facilities: FacilityView[];
  offset: number;
  /** Offset of the next page; absent on the last. */
  next?: number;
  /** Distinct lots the walk reached, root included. */
  lotsTotal: number;
  /** False when the walk was cut at its row bound: lots beyond it are missing. */
  complete: boolean;
  /** True when some lot lies at depthMax: there may be more beyond it. */
  depthReached: boolean;
  limits: { depthMax: number; walkLotsMax: number; limit: number };
}

export function traceBackward(store: Store, lotId: string, options: TraceOptions): Promise<Trace> {
  return trace(store, lotId, 'backward', options);
}

export function traceForward(store: Store, lotId: string, options: TraceOptions): Promise<Trace> {
  return trace(store, lotId, 'forward', options);
}

function wholeNumber(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ProvenanceRefused('bad-input', `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

async function trace(store: Store, lotId: string, direction: TraceDirection, options: TraceOptions): Promise<Trace> {
  const viewer = checkViewer(options?.viewer);
  const depthMax = wholeNumber(options.depthMax, 'depthMax', 0, TRACE_DEPTH_MAX, TRACE_DEPTH_MAX);
  const limit = wholeNumber(options.limit, 'limit', 1, TRACE_PAGE_MAX, 200);
  const offset = wholeNumber(options.offset, 'offset', 0, TRACE_WALK_LOTS_MAX, 0);
  const id = checkLotId(lotId);
  assertMayTrace(viewer);
  // The walk starts with the lot's read (on PostgreSQL, on another connection); it is shown only
  // once the lot is found to be one the viewer may see.
  const [root, page] = await Promise.all([
    readLot(store.db, id, viewer),
    walkLineage(store.db, { root: id, direction, depthMax, walkLotsMax: TRACE_WALK_LOTS_MAX, offset, limit: limit + 1 }),
  ]);
  const pageLots = page.lots.slice(0, limit);
  const { present, lots: traceLots, edges: traceEdges, events: traceEvents } = await presentPage(store, viewer, pageLots);
  const hasMore = page.lots.length > limit;
  return {
    root: present.lot(root), direction, lots: traceLots, edges: traceEdges, events: traceEvents,
    parties: [...present.partyViews.values()], facilities: [...present.facilityViews.values()],
    offset, ...(hasMore ? { next: offset + limit } : {}),
    lotsTotal: page.lotsTotal, complete: !page.walkCut, depthReached: page.depthReached,
    limits: { depthMax, walkLotsMax: TRACE_WALK_LOTS_MAX, limit },
  };
}

/** Reads what a page of a walk shows (its lots, their edges within the walk, the events at the other
 * ends, the registry rows they name) and presents it as `viewer` may see it. `facilityIds` are facilities the
 * caller presents too. */
export async function presentPage(
  store: Store,
  viewer: Viewer,
  pageLots: readonly WalkedLot[],
  facilityIds: readonly string[] = [],
): Promise<{ present: Presenter; lots: TraceLot[]; edges: TraceEdge[]; events: TraceEvent[] }> {
  // The edges come with the walk, so the events at their other ends are known before any read; the
  // two reads run at once (on PostgreSQL, on separate connections). Every edge's lot is one of the page's.
  const edges = lineageEdges(pageLots);
  const [lots, events] = await Promise.all([
    readLotsById(store.db, pageLots.map((l) => l.id)),
    // An event that made or fed several lots of the page is read once.
    readEventSummariesBySeq(store, [...new Set(edges.map((e) => e.seq))]),
  ]);
  // A lot with no flow yet was not walked: its maker is read now.
  const makers = pageLots.map((l) => lots.get(l.id)!.createdSeq).filter((seq) => !events.has(seq));
  if (makers.length > 0) for (const [seq, event] of await readEventSummariesBySeq(store, makers)) events.set(seq, event);
  const facilities = new Set<string>(facilityIds);
  for (const event of events.values()) if (event.facility !== undefined) facilities.add(event.facility);
  for (const { id } of pageLots) {
    for (const key of Object.keys(lots.get(id)!.origin ?? {})) {
      const source = parseSource(key);
      if (source.type === 'mine') facilities.add(source.facility);
    }
  }
  const registry = await readRegistry(store.db, [...[...lots.values()].map((l) => l.holderId), ...[...events.values()].map((e) => e.partyId)], [...facilities]);
  const present = new Presenter(viewer, registry.parties, registry.facilities);
  const traceLots = pageLots.map(({ id, depth }): TraceLot => {
    const lot = lots.get(id)!;
    return {
      ref: present.lot(lot), depth, product: lot.product, massGrams: lot.massGrams, massGramsRemaining: lot.massGramsRemaining, status: lot.status,
      holder: present.party(lot.holderId), custody: lot.custody, origin: present.origin(lot.origin, lot),
    };
  });
  const traceEvents = [...events.values()].sort((a, b) => a.seq - b.seq).map((event): TraceEvent => {
    const party = present.party(event.partyId);
    return {
      seq: event.seq, kind: event.kind, time: event.time, party,
      ...(party === event.partyId ? { eventId: event.eventId } : {}),
      ...(event.facility === undefined ? {} : { facility: present.facility(event.facility) }),
      ...(event.destinationCountry === undefined ? {} : { destinationCountry: event.destinationCountry }),
      ...(event.originCountry === undefined ? {} : { originCountry: event.originCountry }),
    };
  });
  const traceEdges = edges.map((edge): TraceEdge => ({
    lot: present.lot(lots.get(edge.lotId)!), seq: edge.seq, flow: edge.direction === -1 ? 'out' : 'in', massGrams: edge.massGrams,
  }));
  return { present, lots: traceLots, edges: traceEdges, events: traceEvents };
}
