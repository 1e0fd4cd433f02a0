// The statistics projection: reads the log from where it last stopped (stats_cursor), turns each
// event into line items (what it made, took in, shipped, exported… by product, in grams, REO grams
// and element grams) and adds them to the monthly sums in stats_facts, a page of events per
// transaction. Figures then read the sums, never the log; a figure's drill-down reads the items.
// The ledger is never written: this is a reader that keeps its own tables.
//
// A correction undoes its target: the target's items are taken back out of the sums and deleted,
// and the replacement (if any) is counted in their place, at the correction's position in the log.
import type { Kysely, Transaction } from 'kysely';
import { reoGrams, type Composition } from '../domain/composition.ts';
import { ELEMENT_SYMBOLS, type ElementSymbol } from '../domain/elements.ts';
import { exportControlsFor } from '../domain/export-controls.ts';
import { productByCode } from '../domain/products.ts';
import type { LedgerEvent, PlainEvent } from '../ledger/document-schema.ts';
import { qualifyLotId } from '../ledger/lot-ids.ts';
import { STATS_LOTS_PER_QUERY, STATS_PAGE_EVENTS, STATS_ROWS_PER_INSERT } from '../limits.ts';
import type { Database, Store } from '../store/index.ts';
import type { ElementColumns, StatsFactsTable, StatsItemsTable } from '../store/schema.ts';
import { shanghaiDay, shanghaiMonth } from '../domain/periods.ts';
import { oreTypeOf, processActivity, type Measure } from './classify.ts';

export interface Item {
  seq: number;
  measure: Measure;
  activity: string;
  product: string;
  counterpart: string;
  controlled: 0 | 1;
  period: string;
  partyId: string;
  region: string;
  massGrams: number;
  reoGrams: number;
  elements: Composition;
}

export interface RefreshResult {
  /** Events read by this refresh (0 when the figures were up to date). */
  events: number;
  /** The log size the figures now stand at. */
  cursor: number;
}

interface Flow {
  ordinal: number;
  lotId: string;
  direction: -1 | 1;
  massGrams: number;
  elements: Composition;
  product: string;
}

export async function readStatsCursor(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('stats_cursor').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.seq);
}

async function ledgerSize(db: Kysely<Database>): Promise<number> {
  const head = await db.selectFrom('ledger_head').select('size').where('id', '=', 1).executeTakeFirst();
  return head === undefined ? 0 : Number(head.size);
}

/** Brings the figures up to the end of the log. Cheap when nothing new was recorded (two one-row
 * reads). Safe to run from several processes at once: each page moves the cursor only from where
 * it was read, so a page another process counted first is dropped and read again from its end. */
export async function refreshStats(store: Store, onProgress?: (done: number, total: number) => void): Promise<RefreshResult> {
  const db = store.db;
  let events = 0;
  let regions: Map<string, string> | undefined;
  for (;;) {
    const [cursor, size] = await Promise.all([readStatsCursor(db), ledgerSize(db)]);
    if (cursor >= size) return { events, cursor };
    regions ??= new Map((await db.selectFrom('parties').select(['id', 'region']).execute()).map((p) => [p.id, p.region]));
    const to = Math.min(size, cursor + STATS_PAGE_EVENTS);
    const page = await projectPage(db, cursor, to, regions);
    if (await commitPage(db, cursor, to, page)) {
      events += to - cursor;
      onProgress?.(to, size);
    }
  }
}

interface Page {
  items: Item[];
  /** Events before this page that corrections in it undid: their items come out of the sums. */
  undoneEarlier: number[];
}

async function projectPage(db: Kysely<Database>, from: number, to: number, regions: Map<string, string>): Promise<Page> {
  const [events, flowRows] = await Promise.all([
    db.selectFrom('events').select(['seq', 'party_id', 'event_time', 'body']).where('seq', '>=', from).where('seq', '<', to).orderBy('seq').execute(),
    db.selectFrom('lot_flows').innerJoin('lots', 'lots.id', 'lot_flows.lot_id')
      .select(['lot_flows.seq', 'lot_flows.ordinal', 'lot_flows.lot_id', 'lot_flows.direction', 'lot_flows.mass_grams', 'lot_flows.elements', 'lots.product'])
      .where('lot_flows.seq', '>=', from).where('lot_flows.seq', '<', to).orderBy('lot_flows.seq').orderBy('lot_flows.ordinal').execute(),
  ]);
  const flowsBySeq = new Map<number, Flow[]>();
  for (const row of flowRows) {
    const seq = Number(row.seq);
    const list = flowsBySeq.get(seq) ?? [];
    list.push({ ordinal: Number(row.ordinal), lotId: row.lot_id, direction: Number(row.direction) as -1 | 1, massGrams: Number(row.mass_grams), elements: JSON.parse(row.elements) as Composition, product: row.product });
    flowsBySeq.set(seq, list);
  }

  // Shipments of whole lots and receipts move a lot without a flow that carries its elements: read
  // what each such lot held at that point from its own history.
  const parsed = events.map((row) => ({ seq: Number(row.seq), partyId: row.party_id, eventTime: row.event_time, event: JSON.parse(row.body) as LedgerEvent }));
  const wholeLots = new Set<string>();
  for (const { event, partyId } of parsed) {
    const plain = event.kind === 'correct' ? event.replacement : event;
    if (plain?.kind === 'ship' || plain?.kind === 'receive') wholeLots.add(qualifyLotId(plain.lot, partyId));
  }
  const histories = await lotHistories(db, [...wholeLots]);

  const items: Item[] = [];
  const undoneEarlier: number[] = [];
  for (const { seq, partyId, eventTime, event } of parsed) {
    let flows = flowsBySeq.get(seq) ?? [];
    let plain: PlainEvent | undefined;
    let time = eventTime;
    if (event.kind === 'correct') {
      const target = await db.selectFrom('events').select('seq').where('party_id', '=', partyId).where('event_id', '=', event.corrects).executeTakeFirst();
      if (target !== undefined) {
        const targetSeq = Number(target.seq);
        const reversed = await db.selectFrom('lot_flows').select('seq').where('seq', '=', targetSeq).execute();
        flows = flows.filter((flow) => flow.ordinal >= reversed.length);
        if (targetSeq >= from) {
          for (let i = items.length - 1; i >= 0; i -= 1) if (items[i]!.seq === targetSeq) items.splice(i, 1);
        } else undoneEarlier.push(targetSeq);
      }
      plain = event.replacement;
      if (plain !== undefined) time = plain.time;
    } else plain = event;
    if (plain === undefined) continue;
    const context = { seq, partyId, region: regions.get(partyId) ?? '', period: shanghaiMonth(Date.parse(time)) };
    items.push(...itemsOf(plain, flows, context, histories));
  }
  return { items: mergeItems(items), undoneEarlier };
}

/** Each lot's flows, so its elements at any event of the page can be summed from those up to it.
 * Selected by lot alone: with a bound on seq as well, a planner without statistics (right after a
 * bulk load) walked every flow below the bound instead of the lot index, and a catch-up over the
 * demo year on PostgreSQL took ten minutes. */
async function lotHistories(db: Kysely<Database>, lotIds: string[]): Promise<Map<string, { product: string; flows: { seq: number; flow: Flow }[] }>> {
  const out = new Map<string, { product: string; flows: { seq: number; flow: Flow }[] }>();
  for (let i = 0; i < lotIds.length; i += STATS_LOTS_PER_QUERY) {
    const chunk = lotIds.slice(i, i + STATS_LOTS_PER_QUERY);
    const rows = await db.selectFrom('lot_flows').innerJoin('lots', 'lots.id', 'lot_flows.lot_id')
      .select(['lot_flows.seq', 'lot_flows.ordinal', 'lot_flows.lot_id', 'lot_flows.direction', 'lot_flows.mass_grams', 'lot_flows.elements', 'lots.product'])
      .where('lot_flows.lot_id', 'in', chunk).execute();
    for (const row of rows) {
      const entry = out.get(row.lot_id) ?? { product: row.product, flows: [] };
      entry.flows.push({
        seq: Number(row.seq),
        flow: { ordinal: Number(row.ordinal), lotId: row.lot_id, direction: Number(row.direction) as -1 | 1, massGrams: Number(row.mass_grams), elements: JSON.parse(row.elements) as Composition, product: row.product },
      });
      out.set(row.lot_id, entry);
    }
  }
  return out;
}

interface Context {
  seq: number;
  partyId: string;
  region: string;
  period: string;
}

function itemsOf(event: PlainEvent, flows: Flow[], context: Context, histories: Map<string, { product: string; flows: { seq: number; flow: Flow }[] }>): Item[] {
  const item = (measure: Measure, product: string, massGrams: number, elements: Composition, extra: Partial<Pick<Item, 'activity' | 'counterpart' | 'controlled'>> = {}): Item => ({
    seq: context.seq, measure, activity: extra.activity ?? '', product, counterpart: extra.counterpart ?? '', controlled: extra.controlled ?? 0,
    period: context.period, partyId: context.partyId, region: context.region, massGrams, reoGrams: reoGrams(elements), elements,
  });
  // Flows into lots (+1: lots made, stock added) and out of them (−1: taken, consumed, exported).
  const added = flows.filter((f) => f.direction === 1);
  const taken = flows.filter((f) => f.direction === -1);
  const stateAt = (lotId: string): { product: string; elements: Composition } => {
    const history = histories.get(lotId);
    if (history === undefined) throw new Error(`statistics: lot ${lotId} moved at seq ${context.seq} has no recorded history`);
    const sums = new Map<string, number>();
    for (const { seq, flow } of history.flows) {
      if (seq > context.seq) continue;
      for (const [symbol, grams] of Object.entries(flow.elements)) sums.set(symbol, (sums.get(symbol) ?? 0) + flow.direction * grams);
    }
    const elements: Composition = {};
    for (const symbol of ELEMENT_SYMBOLS) {
      const grams = sums.get(symbol) ?? 0;
      if (grams < 0) throw new Error(`statistics: lot ${lotId} holds ${grams} g of ${symbol} at seq ${context.seq}`);
      if (grams > 0) elements[symbol] = grams;
    }
    return { product: history.product, elements };
  };
  switch (event.kind) {
    case 'extract':
      return added.map((f) => item('extracted', f.product, f.massGrams, f.elements, { activity: oreTypeOf(f.product) }));
    case 'process': {
      const activity = processActivity(taken.map((f) => f.product), added.map((f) => f.product));
      return [
        ...taken.map((f) => item('consumed', f.product, f.massGrams, f.elements, { activity })),
        ...added.map((f) => item('made', f.product, f.massGrams, f.elements, { activity })),
      ];
    }
    case 'ship': {
      const split = taken[0];
      if (split !== undefined) return [item('shipped', split.product, event.massGrams, split.elements)];
      const lot = stateAt(qualifyLotId(event.lot, context.partyId));
      return [item('shipped', lot.product, event.massGrams, lot.elements)];
    }
    case 'receive': {
      const lot = stateAt(qualifyLotId(event.lot, context.partyId));
      return [
        item('received', lot.product, event.massGrams, lot.elements),
        ...taken.map((f) => item('lost', f.product, f.massGrams, f.elements)),
      ];
    }
    case 'export':
      return taken.map((f) => {
        const carried = (Object.keys(f.elements) as ElementSymbol[]).filter((symbol) => (f.elements[symbol] ?? 0) > 0);
        const controlled = exportControlsFor(f.product, carried, shanghaiDay(Date.parse(event.time))).length > 0 ? 1 : 0;
        return item('exported', f.product, f.massGrams, f.elements, { counterpart: event.destinationCountry, controlled });
      });
    case 'deliver':
      return taken.map((f) => item('delivered', f.product, f.massGrams, f.elements, { activity: event.sector }));
    case 'import':
      return added.map((f) => item('imported', f.product, f.massGrams, f.elements, { counterpart: event.originCountry }));
    case 'collect':
      return added.map((f) => item('collected', f.product, f.massGrams, f.elements, { activity: productByCode(f.product)?.recycledSource ?? '' }));
    case 'dispose':
      return taken.map((f) => item('disposed', f.product, f.massGrams, f.elements, { activity: event.method }));
    case 'adjust':
      return [...added.map((f) => item('adjusted-in', f.product, f.massGrams, f.elements)), ...taken.map((f) => item('adjusted-out', f.product, f.massGrams, f.elements))];
  }
}

/** One item per event and key: a plant's weekly campaign with 199 oxide lots of 8 products is 8
 * made items, not 199. */
function mergeItems(items: Item[]): Item[] {
  const byKey = new Map<string, Item>();
  for (const item of items) {
    const key = `${item.seq}\u0000${item.measure}\u0000${item.activity}\u0000${item.product}\u0000${item.counterpart}\u0000${item.controlled}`;
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, { ...item, elements: { ...item.elements } });
      continue;
    }
    existing.massGrams += item.massGrams;
    existing.reoGrams += item.reoGrams;
    existing.elements = addSigned(existing.elements, item.elements, 1);
  }
  return [...byKey.values()];
}

function addSigned(a: Composition, b: Composition, sign: 1 | -1): Composition {
  const out: Composition = { ...a };
  for (const [symbol, grams] of Object.entries(b) as [ElementSymbol, number][]) out[symbol] = (out[symbol] ?? 0) + sign * grams;
  return out;
}

class CursorMoved extends Error {}

/** Adds a page's items to the sums and moves the cursor past it, in one transaction; false when
 * another process moved the cursor first (its figures already hold this page). */
async function commitPage(db: Kysely<Database>, from: number, to: number, page: Page): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      // The cursor first: on SQLite this takes the write lock before anything is read, and on
      // PostgreSQL it locks the row, so a second refresher waits here and then finds it moved.
      const moved = await trx.updateTable('stats_cursor').set({ seq: to, updated_at: new Date().toISOString() })
        .where('id', '=', 1).where('seq', '=', from).executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw new CursorMoved();
      const deltas: { item: Item; sign: 1 | -1 }[] = page.items.map((item) => ({ item, sign: 1 }));
      for (const seq of page.undoneEarlier) {
        const rows = await trx.selectFrom('stats_items').selectAll().where('seq', '=', seq).execute();
        for (const row of rows) deltas.push({ item: itemFromRow(row), sign: -1 });
        await trx.deleteFrom('stats_items').where('seq', '=', seq).execute();
      }
      for (let i = 0; i < page.items.length; i += STATS_ROWS_PER_INSERT) {
        await trx.insertInto('stats_items').values(page.items.slice(i, i + STATS_ROWS_PER_INSERT).map(itemRow)).execute();
      }
      await addToFacts(trx, deltas);
    });
    return true;
  } catch (error) {
    if (error instanceof CursorMoved) return false;
    throw error;
  }
}

function itemRow(item: Item): StatsItemsTable {
  return {
    seq: item.seq, measure: item.measure, activity: item.activity, product: item.product, counterpart: item.counterpart, controlled: item.controlled,
    period: item.period, party_id: item.partyId, region: item.region, mass_grams: item.massGrams, reo_grams: item.reoGrams, elements: JSON.stringify(item.elements),
  };
}

function itemFromRow(row: StatsItemsTable): Item {
  return {
    seq: Number(row.seq), measure: row.measure as Measure, activity: row.activity, product: row.product, counterpart: row.counterpart,
    controlled: Number(row.controlled) === 1 ? 1 : 0, period: row.period, partyId: row.party_id, region: row.region,
    massGrams: Number(row.mass_grams), reoGrams: Number(row.reo_grams), elements: JSON.parse(row.elements) as Composition,
  };
}

const ELEMENT_COLUMNS = ELEMENT_SYMBOLS.map((symbol) => symbol.toLowerCase() as keyof ElementColumns);

async function addToFacts(trx: Transaction<Database>, deltas: { item: Item; sign: 1 | -1 }[]): Promise<void> {
  const facts = new Map<string, StatsFactsTable>();
  for (const { item, sign } of deltas) {
    const key = `${item.period}\u0000${item.measure}\u0000${item.activity}\u0000${item.partyId}\u0000${item.product}\u0000${item.counterpart}\u0000${item.controlled}`;
    let fact = facts.get(key);
    if (fact === undefined) {
      fact = {
        period: item.period, party_id: item.partyId, region: item.region, measure: item.measure, activity: item.activity, product: item.product,
        counterpart: item.counterpart, controlled: item.controlled, events: 0, mass_grams: 0, reo_grams: 0,
        ...(Object.fromEntries(ELEMENT_COLUMNS.map((column) => [column, 0])) as unknown as ElementColumns),
      };
      facts.set(key, fact);
    }
    fact.events += sign;
    fact.mass_grams += sign * item.massGrams;
    fact.reo_grams += sign * item.reoGrams;
    for (const symbol of ELEMENT_SYMBOLS) {
      const grams = item.elements[symbol];
      if (grams !== undefined) fact[symbol.toLowerCase() as keyof ElementColumns] += sign * grams;
    }
  }
  const rows = [...facts.values()];
  for (let i = 0; i < rows.length; i += STATS_ROWS_PER_INSERT) {
    await trx.insertInto('stats_facts').values(rows.slice(i, i + STATS_ROWS_PER_INSERT))
      .onConflict((oc) => oc.columns(['period', 'measure', 'activity', 'party_id', 'product', 'counterpart', 'controlled']).doUpdateSet((eb) => ({
        events: eb('stats_facts.events', '+', eb.ref('excluded.events')),
        mass_grams: eb('stats_facts.mass_grams', '+', eb.ref('excluded.mass_grams')),
        reo_grams: eb('stats_facts.reo_grams', '+', eb.ref('excluded.reo_grams')),
        ...Object.fromEntries(ELEMENT_COLUMNS.map((column) => [column, eb(`stats_facts.${column}`, '+', eb.ref(`excluded.${column}`))])),
      })))
      .execute();
  }
}
