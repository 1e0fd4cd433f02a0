// Walks over the event–lot edges (lot_flows) for traces. A lot's parents are the lots its making
// event took mass out of (flows of direction -1 at the lot's created_seq); its children are the lots
// made by the events that took mass out of it. Lots voided by a correction are no one's parent or
// child: a correction's own flows reverse the voided lot's, and would otherwise link the corrected
// event's outputs to its replacement's.
//
// One recursive CTE, the same text on SQLite and PostgreSQL. The unary plus on g.direction keeps
// SQLite's planner (which has no statistics on a fresh ledger) from reaching the flows made by an
// event through an automatic index on direction, built by scanning every flow on each walk,
// instead of through the primary key (seq, ordinal) after the flow that took from the lot. Both evaluate a recursive CTE only as
// far as the query above it reads, so the LIMIT on `limited` bounds the work, not just the answer.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Engine } from './store.ts';

export type TraceDirection = 'backward' | 'forward';

/** Several roots walked at once (a mine's output), passed as one parameter whatever their number. */
export interface LineageRoots {
  engine: Engine;
  ids: readonly string[];
}

export interface LineageQuery {
  root: string | LineageRoots;
  direction: TraceDirection;
  /** Edges followed from the root. */
  depthMax: number;
  /** Rows the walk may produce (a lot reached at several depths counts once per depth). */
  walkRowsMax: number;
  /** Lots after this many, in order of depth then id. */
  offset: number;
  limit: number;
}

export interface LineagePage {
  /** The page's lots, each at the least depth it was reached. */
  lots: { id: string; depth: number }[];
  /** Distinct lots the walk reached. */
  lotsTotal: number;
  /** Whether the walk stopped at walkRowsMax: the trace is incomplete. */
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
  if (typeof q.root !== 'string' && q.root.ids.length === 0) return { lots: [], lotsTotal: 0, walkCut: false, depthReached: false };
  const start = typeof q.root === 'string'
    ? sql`SELECT CAST(${q.root} AS TEXT), 0`
    : sql`SELECT CAST(roots.id AS TEXT), 0 FROM (${rootsTable(q.root.engine, q.root.ids)}) AS roots`;
  const step = q.direction === 'backward'
    ? sql`SELECT f.lot_id, w.depth + 1
        FROM walk w
        JOIN lots c ON c.id = w.id
        JOIN lot_flows f ON f.seq = c.created_seq AND f.direction = -1
        JOIN lots p ON p.id = f.lot_id
        WHERE w.depth < ${q.depthMax} AND c.status <> 'void' AND p.status <> 'void'`
    : sql`SELECT g.lot_id, w.depth + 1
        FROM walk w
        JOIN lots s ON s.id = w.id
        JOIN lot_flows f ON f.lot_id = w.id AND f.direction = -1
        JOIN lot_flows g ON g.seq = f.seq AND +g.direction = 1
        JOIN lots c ON c.id = g.lot_id AND c.created_seq = g.seq
        WHERE w.depth < ${q.depthMax} AND s.status <> 'void' AND c.status <> 'void'`;
  const { rows } = await sql<{ id: string; depth: number | string; walked: number | string; lots: number | string; deepest: number | string }>`
    WITH RECURSIVE walk (id, depth) AS (
      ${start}
      UNION
      ${step}
    ),
    limited AS (SELECT id, depth FROM walk LIMIT ${q.walkRowsMax}),
    nodes AS (SELECT id, MIN(depth) AS depth FROM limited GROUP BY id)
    SELECT id, depth,
      (SELECT COUNT(*) FROM limited) AS walked,
      (SELECT COUNT(*) FROM nodes) AS lots,
      (SELECT MAX(depth) FROM limited) AS deepest
    FROM nodes
    ORDER BY depth, id
    LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
  if (rows.length === 0) {
    // The page is past the end; the totals come from a page of one at the start.
    if (q.offset === 0) throw new Error('assertion: a walk always reaches its roots');
    const first = await walkLineage(db, { ...q, offset: 0, limit: 1 });
    return { ...first, lots: [] };
  }
  const head = rows[0]!;
  return {
    lots: rows.map((row) => ({ id: row.id, depth: Number(row.depth) })),
    lotsTotal: Number(head.lots),
    walkCut: Number(head.walked) >= q.walkRowsMax,
    depthReached: Number(head.deepest) >= q.depthMax,
  };
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
