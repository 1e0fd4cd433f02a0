// The EPCIS query index: each event of the log as an EPCIS query filters it (type, action, times,
// business step, disposition, location, and the lot classes it names with their quantities).
// Derived from events.body by the same mapping the query answers with, read from where it last
// stopped (epcis_cursor), a batch per transaction; it can be dropped and rebuilt from the log at
// any time. The ledger is never written: this is a reader that keeps its own tables, as the
// statistics projection is.
import { sql, type Kysely } from 'kysely';
import type { LedgerEvent } from '../ledger/index.ts';
import { dateTimeMs } from '../schemas.ts';
import type { Database, Store } from '../store/index.ts';
import type { EpcisClassesTable, EpcisEventsTable } from '../store/schema.ts';
import { INDEX_ANALYZE_EVENTS_MIN, INDEX_BATCH_EVENTS } from './limits.ts';
import { toEpcisEvent, type QuantityElement } from './to-epcis.ts';

/** Rows per INSERT: 500 rows of 10 columns stay under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 500;

const refreshing = new WeakMap<Store, Promise<void>>();
/** Per store, the log size the index was last found to cover: every event below it is indexed. */
const covered = new WeakMap<Store, number>();

/** Brings the index up to the log's head; one refresh per store at a time in this process, and
 * two processes never index an event twice (the cursor moves only from where it was read).
 * `signal` stops it between batches (a server closing). */
export function refreshEpcisIndex(store: Store, signal?: AbortSignal): Promise<void> {
  let running = refreshing.get(store);
  if (running === undefined) {
    running = catchUp(store.db, store.engine === 'postgres', signal)
      .then((cursor) => {
        if (cursor !== undefined) covered.set(store, cursor);
      })
      .finally(() => refreshing.delete(store));
    refreshing.set(store, running);
  }
  return running;
}

/** The index as of the log's head, for a query: while the head stays where the index was last found
 * complete, that costs one read of the head instead of a refresh's two queries. */
export async function epcisIndexCurrent(store: Store): Promise<void> {
  const { size } = await store.reads.readHead();
  if ((covered.get(store) ?? -1) < size) await refreshEpcisIndex(store);
}

/** Resolves with the cursor once nothing is left to index, or undefined when stopped before. */
async function catchUp(db: Kysely<Database>, onServer: boolean, signal: AbortSignal | undefined): Promise<number | undefined> {
  let started: number | undefined;
  while (signal?.aborted !== true) {
    const cursor = Number((await db.selectFrom('epcis_cursor').select('seq').where('id', '=', 1).executeTakeFirstOrThrow()).seq);
    started ??= cursor;
    const rows = await db.selectFrom('events').select(['seq', 'party_id', 'body', 'recorded_at']).where('seq', '>=', cursor).orderBy('seq').limit(INDEX_BATCH_EVENTS).execute();
    if (rows.length === 0) {
      // PostgreSQL plans the queries from its statistics of the tables, which autovacuum renews
      // only a while after they grow: until then a freshly built index was planned as if nearly
      // empty, and the shipping query of 1.2 M events took 0.96 s (a bitmap scan of half the
      // table, then a sort) instead of 3 ms in order along its index. So the catch-up renews them
      // itself once it has grown the index by a tenth or more (about 1 s at 1.2 M events).
      const indexed = cursor - started;
      if (onServer && indexed >= INDEX_ANALYZE_EVENTS_MIN && indexed * 10 >= cursor) await sql`ANALYZE epcis_events, epcis_classes`.execute(db);
      return cursor;
    }
    const events: EpcisEventsTable[] = [];
    const classes: EpcisClassesTable[] = [];
    for (const row of rows) indexRows(Number(row.seq), row.party_id, row.body, row.recorded_at, events, classes);
    const next = Number(rows[rows.length - 1]!.seq) + 1;
    // Whether this refresher or another one moved the cursor, the loop reads on from where it is.
    await db.transaction().execute(async (trx) => {
      // The cursor first: it takes the write lock (SQLite) or the row lock (PostgreSQL), so a second
      // refresher waits here and then finds the cursor moved, and writes nothing.
      const updated = await trx.updateTable('epcis_cursor').set({ seq: next }).where('id', '=', 1).where('seq', '=', cursor).executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return;
      for (let i = 0; i < events.length; i += ROWS_PER_INSERT) await trx.insertInto('epcis_events').values(events.slice(i, i + ROWS_PER_INSERT)).execute();
      for (let i = 0; i < classes.length; i += ROWS_PER_INSERT) await trx.insertInto('epcis_classes').values(classes.slice(i, i + ROWS_PER_INSERT)).execute();
    });
  }
}

const ROLE_OF_LIST = { quantityList: 'quantity', inputQuantityList: 'input', outputQuantityList: 'output' } as const;

function indexRows(seq: number, party: string, body: string, recordedAt: string, events: EpcisEventsTable[], classes: EpcisClassesTable[]): void {
  const epcis = toEpcisEvent(JSON.parse(body) as LedgerEvent, party);
  events.push({
    seq, party_id: party, event_id: epcis['eventID'] as string, event_type: epcis['type'] as string, action: (epcis['action'] as string | undefined) ?? null,
    event_time_ms: dateTimeMs(epcis['eventTime'] as string)!, record_time_ms: Date.parse(recordedAt), biz_step: epcis['bizStep'] as string,
    disposition: (epcis['disposition'] as string | undefined) ?? null, biz_location: (epcis['bizLocation'] as { id: string } | undefined)?.id ?? null,
  });
  for (const [list, role] of Object.entries(ROLE_OF_LIST)) {
    // A lot named twice in one list (two inputs from one lot) is one row with their sum.
    const grams = new Map<string, number>();
    for (const q of (epcis[list] as QuantityElement[] | undefined) ?? []) grams.set(q.epcClass, (grams.get(q.epcClass) ?? 0) + Math.round(q.quantity * 1000));
    for (const [epcClass, quantityGrams] of grams) classes.push({ seq, role, epc_class: epcClass, quantity_grams: quantityGrams });
  }
}
