// The lineage of every lot, held in memory as typed arrays, for traces. A trace of a magnet reaches
// tens of thousands of ancestors and a mine's yearly output most of the ledger; a recursive CTE over
// lot_flows takes seconds for that (bench/history/issue-05-provenance.md), a walk over arrays milliseconds.
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

/** Sequence numbers, and lots, read per statement while building and catching up: bounds the rows
 * held at once. */
const CATCH_UP_SEQS = 50_000;
const CATCH_UP_LOTS = 100_000;
const NONE = -1;

/** A typed array that grows by doubling; `fill` for the slots it adds. Node numbers are Int32;
 * grams are Float64, exact as integers up to 2^53. */
class GrowingList<A extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>> {
  data: A;
  length = 0;
  constructor(private readonly make: (capacity: number) => A, private readonly fill: number, capacity = 1024) {
    this.data = make(capacity).fill(fill) as A;
  }

  ensure(size: number): void {
    if (size <= this.data.length) return;
    let capacity = this.data.length;
    while (capacity < size) capacity *= 2;
    const data = this.make(capacity).fill(this.fill) as A;
    data.set(this.data);
    this.data = data;
  }

  push(value: number): number {
    this.ensure(this.length + 1);
    this.data[this.length] = value;
    return this.length++;
  }
}

const int32List = (fill: number) => new GrowingList((capacity) => new Int32Array(capacity), fill);
const float64List = (fill: number) => new GrowingList((capacity) => new Float64Array(capacity), fill);

/** Lists of node numbers keyed by a slot, as linked cells in one pool: appending costs two writes
 * and no allocation, whatever the number of lists. */
class Adjacency {
  readonly heads = int32List(NONE);
  readonly next = int32List(NONE);
  readonly targets = int32List(NONE);

  add(slot: number, target: number): void {
    this.heads.ensure(slot + 1);
    const cell = this.targets.push(target);
    this.next.push(this.heads.data[slot]!);
    this.heads.data[slot] = cell;
    if (slot >= this.heads.length) this.heads.length = slot + 1;
  }

  /** The first cell of a slot's list; follow `next.data` from it, reading `targets.data`. */
  head(slot: number): number {
    return slot < this.heads.length ? this.heads.data[slot]! : NONE;
  }

  forEach(slot: number, visit: (target: number) => void): void {
    const next = this.next.data;
    const targets = this.targets.data;
    for (let cell = this.head(slot); cell !== NONE; cell = next[cell]!) visit(targets[cell]!);
  }
}

/** An edge between a lot and an event: the event's sequence number and the grams that moved. */
export interface FlowEdgeOf {
  seq: number;
  massGrams: number;
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
  private readonly madeBy = int32List(NONE);
  /** Per lot: the grams its making event put in it (the edge in), or NONE before that flow is read. */
  private readonly madeGrams = float64List(NONE);
  /** Per lot: the last event that took from it, so an event taking twice from a lot links it once. */
  private readonly lastTakenBy = int32List(NONE);
  /** Per cell of takenBy: the grams that event took from the lot (the edge out). */
  private readonly takenGrams = float64List(NONE);
  private voided = new Uint8Array(1024);
  /** Per lot, the events that took from it; per event, the lots it took from and the lots it made. */
  private readonly takenBy = new Adjacency();
  private readonly inputs = new Adjacency();
  private readonly outputs = new Adjacency();
  /** Walk marks: a slot equal to the current walk's number was reached by this walk. */
  private lotMarks = new Uint32Array(1024);
  private eventMarks = new Uint32Array(1024);
  private walkNumber = 0;
  /** Where a walk gathers the lots of its next level. */
  private scratch = new Int32Array(0);
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
    if (this.nextSeq === 0 && lastSeq !== NONE) await this.readWholeLog(lastSeq);
    while (this.nextSeq <= lastSeq) {
      const until = Math.min(this.nextSeq + CATCH_UP_SEQS, lastSeq + 1);
      const rows = await this.db.selectFrom('lot_flows as f')
        .innerJoin('lots as l', 'l.id', 'f.lot_id')
        .select(['f.seq', 'f.lot_id', 'f.direction', 'f.mass_grams', 'l.created_seq', 'l.status'])
        .where('f.seq', '>=', this.nextSeq).where('f.seq', '<', until)
        .orderBy('f.seq').orderBy('f.ordinal')
        .execute();
      this.addLots(rows.filter((row) => !this.lotNumbers.has(row.lot_id)).map((row) => ({ id: row.lot_id, created_seq: row.created_seq, status: row.status })));
      for (const row of rows) {
        const lot = this.lotNumbers.get(row.lot_id)!;
        if (row.status === 'void') this.voided[lot] = 1;
        this.addFlow(lot, Number(row.seq), Number(row.direction), Number(row.mass_grams));
      }
      this.nextSeq = until;
    }
  }

  /** The first build: every lot once, then the flows, without joining each flow to its lot (a
   * million lookups by text key). */
  private async readWholeLog(lastSeq: number): Promise<void> {
    const lots: { id: string; created_seq: number; status: string }[] = [];
    for (let after = ''; ;) {
      const page = await this.db.selectFrom('lots').select(['id', 'created_seq', 'status'])
        .where('id', '>', after).where('created_seq', '<=', lastSeq).orderBy('id').limit(CATCH_UP_LOTS).execute();
      lots.push(...page);
      if (page.length < CATCH_UP_LOTS) break;
      after = page.at(-1)!.id;
    }
    this.addLots(lots);
    for (let from = 0; from <= lastSeq; from += CATCH_UP_SEQS) {
      const rows = await this.db.selectFrom('lot_flows').select(['seq', 'lot_id', 'direction', 'mass_grams'])
        .where('seq', '>=', from).where('seq', '<', Math.min(from + CATCH_UP_SEQS, lastSeq + 1))
        .orderBy('seq').orderBy('ordinal').execute();
      for (const row of rows) {
        const lot = this.lotNumbers.get(row.lot_id);
        if (lot === undefined) throw new Error(`assertion: lot ${row.lot_id} has a flow at seq ${row.seq} but was not made by then`);
        this.addFlow(lot, Number(row.seq), Number(row.direction), Number(row.mass_grams));
      }
    }
    this.nextSeq = lastSeq + 1;
  }

  /** Numbers new lots in the order they were made, and by id among the lots of one event, so that
   * every process numbers them alike however it came to read them. */
  private addLots(lots: { id: string; created_seq: number; status: string }[]): void {
    lots.sort((a, b) => Number(a.created_seq) - Number(b.created_seq) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const row of lots) {
      if (this.lotNumbers.has(row.id)) continue;
      const lot = this.addLot(row.id, Number(row.created_seq));
      if (row.status === 'void') this.voided[lot] = 1;
    }
  }

  private addLot(id: string, createdSeq: number): number {
    const lot = this.lotIds.push(id) - 1;
    this.lotNumbers.set(id, lot);
    this.madeBy.push(createdSeq);
    this.madeGrams.push(NONE);
    this.lastTakenBy.push(NONE);
    if (lot >= this.voided.length) this.voided = grown(this.voided, lot + 1);
    this.outputs.add(createdSeq, lot);
    return lot;
  }

  /** A flow's edge: out of the lot into the event that took from it, or into the lot from the event
   * that made it. Other flows in (an adjustment, a receipt's remainder) link nothing. A lot taken
   * twice by one event, or made by two of its flows, has one edge of both masses. */
  private addFlow(lot: number, seq: number, direction: number, grams: number): void {
    if (direction === 1) {
      if (this.madeBy.data[lot] !== seq) return;
      const made = this.madeGrams.data[lot]!;
      this.madeGrams.data[lot] = made === NONE ? grams : made + grams;
      return;
    }
    if (this.lastTakenBy.data[lot] === seq) {
      this.takenGrams.data[this.takenBy.head(lot)]! += grams;
      return;
    }
    this.lastTakenBy.data[lot] = seq;
    this.takenBy.add(lot, seq);
    this.takenGrams.push(grams);
    this.inputs.add(seq, lot);
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
    if (this.scratch.length < this.lotIds.length) this.scratch = new Int32Array(this.lotIds.length);
    const found = this.scratch;
    // The lists are read as arrays in the loops below: this walk visits every flow of an ancestry
    // of up to a million lots, and a callback per flow would cost more than the visit.
    const madeBy = this.madeBy.data;
    const backward = direction === 'backward';
    const lotsOfEvent = backward ? this.inputs : this.outputs;
    const lotCells = lotsOfEvent.next.data;
    const lotTargets = lotsOfEvent.targets.data;
    const takenCells = this.takenBy.next.data;
    const takenTargets = this.takenBy.targets.data;
    for (let depth = 0; depth < depthMax && !cut; depth++) {
      let count = 0;
      const expand = (event: number): void => {
        if (eventMarks[event] === mark) return;
        eventMarks[event] = mark;
        for (let cell = lotsOfEvent.head(event); cell !== NONE; cell = lotCells[cell]!) {
          const lot = lotTargets[cell]!;
          if (voided[lot] === 1 || lotMarks[lot] === mark) continue;
          if (reached >= lotsMax) {
            cut = true;
            return;
          }
          lotMarks[lot] = mark;
          reached += 1;
          found[count++] = lot;
        }
      };
      for (const lot of levels[depth]!) {
        if (voided[lot] === 1) continue;
        if (backward) {
          const event = madeBy[lot]!;
          if (event !== NONE) expand(event);
        } else {
          for (let cell = this.takenBy.head(lot); cell !== NONE; cell = takenCells[cell]!) expand(takenTargets[cell]!);
        }
      }
      if (count === 0) break;
      levels.push(found.slice(0, count));
    }
    return { levels, cut };
  }

  /** The lot's edges out into the events that made a lot the last walk reached (its edges within
   * that walk), in order of recording. Call it before any other walk. */
  feedsInLastWalk(lot: number): FlowEdgeOf[] {
    const mark = this.walkNumber;
    const feeds: FlowEdgeOf[] = [];
    const next = this.takenBy.next.data;
    const events = this.takenBy.targets.data;
    for (let cell = this.takenBy.head(lot); cell !== NONE; cell = next[cell]!) {
      const event = events[cell]!;
      let made = false;
      this.outputs.forEach(event, (output) => {
        if (this.lotMarks[output] === mark && this.voided[output] !== 1) made = true;
      });
      if (made) feeds.push({ seq: event, massGrams: this.takenGrams.data[cell]! });
    }
    return feeds.sort((a, b) => a.seq - b.seq);
  }

  /** The lot's edge in from the event that made it; null before that flow is recorded. */
  madeByOf(lot: number): FlowEdgeOf | null {
    const grams = this.madeGrams.data[lot]!;
    return grams === NONE ? null : { seq: this.madeBy.data[lot]!, massGrams: grams };
  }

  /** The ids of the lots event `seq` made that no correction voided. */
  lotsMadeBy(seq: number): string[] {
    const ids: string[] = [];
    this.outputs.forEach(seq, (lot) => {
      if (this.voided[lot] !== 1) ids.push(this.lotIds[lot]!);
    });
    return ids;
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
