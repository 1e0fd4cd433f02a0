// The lineage of every lot, held in memory as typed arrays, for traces. A trace of a magnet reaches
// tens of thousands of ancestors and a mine's yearly output most of the ledger; a recursive CTE over
// lot_flows takes seconds for that (bench/RESULTS.md, issue 5), a walk over arrays milliseconds.
//
// The graph is bipartite: lots and the events that made or took from them. A lot links to the
// event that made it (backward) and to the events that took mass from it (forward); an event links
// to the lots it took from (its inputs) and to the lots it made (its outputs). Walking through the
// events, each expanded once, costs one step per flow, where lot-to-lot edges would cost inputs ×
// outputs per event (a separation campaign takes a hundred lots and makes two hundred).
//
// The log only grows and is committed in sequence order (one chain head), so the index catches up
// by reading the flows after the last sequence number it holds. The one later change to a lot that
// matters here, being voided by a correction, comes with the correction's own flows on that lot,
// which carry the lot's status as read then. Several processes sharing a PostgreSQL ledger each
// catch up on their own.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export type TraceDirection = 'backward' | 'forward';

/** Sequence numbers read per statement while catching up: bounds the rows held at once. */
const CATCH_UP_SEQS = 20_000;
const NONE = -1;

/** An Int32Array that grows by doubling; `fill` for the slots it adds. */
class Int32List {
  data: Int32Array;
  length = 0;
  constructor(private readonly fill: number, capacity = 1024) {
    this.data = new Int32Array(capacity).fill(fill);
  }

  ensure(size: number): void {
    if (size <= this.data.length) return;
    let capacity = this.data.length;
    while (capacity < size) capacity *= 2;
    const data = new Int32Array(capacity).fill(this.fill);
    data.set(this.data);
    this.data = data;
  }

  push(value: number): number {
    this.ensure(this.length + 1);
    this.data[this.length] = value;
    return this.length++;
  }
}

/** Lists of node numbers keyed by a slot, as linked cells in one pool: appending costs two writes
 * and no allocation, whatever the number of lists. */
class Adjacency {
  readonly heads = new Int32List(NONE);
  private readonly next = new Int32List(NONE);
  private readonly targets = new Int32List(NONE);

  add(slot: number, target: number): void {
    this.heads.ensure(slot + 1);
    const cell = this.targets.push(target);
    this.next.push(this.heads.data[slot]!);
    this.heads.data[slot] = cell;
    if (slot >= this.heads.length) this.heads.length = slot + 1;
  }

  forEach(slot: number, visit: (target: number) => void): void {
    if (slot >= this.heads.length) return;
    const next = this.next.data;
    const targets = this.targets.data;
    for (let cell = this.heads.data[slot]!; cell !== NONE; cell = next[cell]!) visit(targets[cell]!);
  }
}

export interface LineageWalk {
  /** The lots reached, by depth: level d holds the lot numbers first reached d steps from the roots. */
  levels: Int32Array[];
  /** Whether the walk stopped at its bound on lots: deeper or wider lots may exist. */
  cut: boolean;
}

export class LineageIndex {
  private readonly lotNumbers = new Map<string, number>();
  private readonly lotIds: string[] = [];
  /** Per lot: the sequence number of the event that made it. */
  private readonly madeBy = new Int32List(NONE);
  /** Per lot: the last event that took from it, so an event taking twice from a lot links it once. */
  private readonly lastTakenBy = new Int32List(NONE);
  private voided = new Uint8Array(1024);
  /** Per lot, the events that took from it; per event, the lots it took from and the lots it made. */
  private readonly takenBy = new Adjacency();
  private readonly inputs = new Adjacency();
  private readonly outputs = new Adjacency();
  /** Walk marks: a slot equal to the current walk's number was reached by this walk. */
  private lotMarks = new Uint32Array(1024);
  private eventMarks = new Uint32Array(1024);
  private walkNumber = 0;
  /** The first sequence number not yet read. */
  private nextSeq = 0;
  private catchingUp: Promise<void> | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  get lotCount(): number {
    return this.lotIds.length;
  }

  lotNumber(id: string): number | undefined {
    return this.lotNumbers.get(id);
  }

  lotId(lot: number): string {
    return this.lotIds[lot]!;
  }

  /** Reads the flows recorded since the last call; concurrent callers share one read. */
  catchUp(): Promise<void> {
    this.catchingUp ??= this.readNewFlows().finally(() => {
      this.catchingUp = undefined;
    });
    return this.catchingUp;
  }

  private async readNewFlows(): Promise<void> {
    const head = await this.db.selectFrom('lot_flows').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    const lastSeq = head?.seq === null || head?.seq === undefined ? NONE : Number(head.seq);
    while (this.nextSeq <= lastSeq) {
      const until = Math.min(this.nextSeq + CATCH_UP_SEQS, lastSeq + 1);
      const rows = await this.db.selectFrom('lot_flows as f')
        .innerJoin('lots as l', 'l.id', 'f.lot_id')
        .select(['f.seq', 'f.lot_id', 'f.direction', 'l.created_seq', 'l.status'])
        .where('f.seq', '>=', this.nextSeq).where('f.seq', '<', until)
        .orderBy('f.seq').orderBy('f.ordinal')
        .execute();
      for (const row of rows) this.addFlow(Number(row.seq), row.lot_id, Number(row.direction), Number(row.created_seq), row.status === 'void');
      this.nextSeq = until;
    }
  }

  private addFlow(seq: number, lotId: string, direction: number, createdSeq: number, isVoid: boolean): void {
    let lot = this.lotNumbers.get(lotId);
    if (lot === undefined) {
      lot = this.lotIds.push(lotId) - 1;
      this.lotNumbers.set(lotId, lot);
      this.madeBy.push(createdSeq);
      this.lastTakenBy.push(NONE);
      if (lot >= this.voided.length) this.voided = grown(this.voided, lot + 1);
      this.outputs.add(createdSeq, lot);
    }
    if (isVoid) this.voided[lot] = 1;
    if (direction === -1 && this.lastTakenBy.data[lot] !== seq) {
      this.lastTakenBy.data[lot] = seq;
      this.takenBy.add(lot, seq);
      this.inputs.add(seq, lot);
    }
  }

  /** Breadth first from the roots, each lot at the least depth it is reached, up to depthMax steps
   * and lotsMax lots. A voided lot is no one's parent or child; a voided root is its own walk. */
  walk(roots: readonly number[], direction: TraceDirection, depthMax: number, lotsMax: number): LineageWalk {
    this.walkNumber += 1;
    if (this.walkNumber === 0xffffffff) {
      this.lotMarks.fill(0);
      this.eventMarks.fill(0);
      this.walkNumber = 1;
    }
    const mark = this.walkNumber;
    if (this.lotMarks.length < this.lotIds.length) this.lotMarks = grownMarks(this.lotMarks, this.lotIds.length);
    const eventSlots = Math.max(this.inputs.heads.length, this.outputs.heads.length);
    if (this.eventMarks.length < eventSlots) this.eventMarks = grownMarks(this.eventMarks, eventSlots);
    const lotMarks = this.lotMarks;
    const eventMarks = this.eventMarks;
    const voided = this.voided;

    const first: number[] = [];
    for (const root of roots) {
      if (lotMarks[root] === mark || first.length >= lotsMax) continue;
      lotMarks[root] = mark;
      first.push(root);
    }
    const levels = [Int32Array.from(first)];
    let reached = first.length;
    let cut = first.length < new Set(roots).size;
    const next: number[] = [];
    const reach = (lot: number): void => {
      if (voided[lot] === 1 || lotMarks[lot] === mark) return;
      if (reached >= lotsMax) {
        cut = true;
        return;
      }
      lotMarks[lot] = mark;
      reached += 1;
      next.push(lot);
    };
    const expand = (event: number, lots: Adjacency): void => {
      if (eventMarks[event] === mark) return;
      eventMarks[event] = mark;
      lots.forEach(event, reach);
    };
    for (let depth = 0; depth < depthMax && !cut; depth++) {
      for (const lot of levels[depth]!) {
        if (voided[lot] === 1) continue;
        if (direction === 'backward') {
          const event = this.madeBy.data[lot]!;
          if (event !== NONE) expand(event, this.inputs);
        } else {
          this.takenBy.forEach(lot, (event) => expand(event, this.outputs));
        }
      }
      if (next.length === 0) break;
      levels.push(Int32Array.from(next));
      next.length = 0;
    }
    return { levels, cut };
  }
}

function grown(array: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const bigger = new Uint8Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

function grownMarks(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

const indexes = new WeakMap<Kysely<Database>, LineageIndex>();

/** The one index of a store's ledger in this process, caught up with what is committed. */
export async function lineageIndex(db: Kysely<Database>): Promise<LineageIndex> {
  let index = indexes.get(db);
  if (index === undefined) {
    index = new LineageIndex(db);
    indexes.set(db, index);
  }
  await index.catchUp();
  return index;
}
