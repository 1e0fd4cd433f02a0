// Reads the log once, in order, a page at a time, as the period rules see it: each event parsed,
// with its lot movements and the products of the lots moved. An event a later correction undid is
// left out; the correction's replacement is shown in its place, with only its own movements, and
// dated by its own time (the time of the event as corrected), not by when the correction was made:
// a receipt corrected months later was still received when it says.
import { sql, type Kysely } from 'kysely';
import type { Composition } from '../domain/composition.ts';
import type { LedgerEvent } from '../ledger/document-schema.ts';
import { SCAN_PAGE_EVENTS } from '../limits.ts';
import type { Database } from '../store/index.ts';
import { eventRef } from './evidence.ts';
import type { ScannedEvent, ScannedFlow } from './rule.ts';

export async function ledgerSize(db: Kysely<Database>): Promise<number> {
  const head = await db.selectFrom('ledger_head').select('size').where('id', '=', 1).executeTakeFirst();
  return head === undefined ? 0 : Number(head.size);
}

export async function* scanLedger(db: Kysely<Database>, size: number): AsyncGenerator<ScannedEvent[]> {
  const corrections = await correctionsOf(db);
  for (let from = 0; from < size; from += SCAN_PAGE_EVENTS) {
    const to = Math.min(size, from + SCAN_PAGE_EVENTS);
    const [events, flows] = await Promise.all([
      db.selectFrom('events').select(['seq', 'party_id', 'event_id', 'event_time', 'recorded_at', 'body'])
        .where('seq', '>=', from).where('seq', '<', to).orderBy('seq').execute(),
      db.selectFrom('lot_flows').innerJoin('lots', 'lots.id', 'lot_flows.lot_id')
        .select(['lot_flows.seq', 'lot_flows.ordinal', 'lot_flows.lot_id', 'lot_flows.direction', 'lot_flows.mass_grams', 'lot_flows.elements', 'lots.product'])
        .where('lot_flows.seq', '>=', from).where('lot_flows.seq', '<', to).orderBy('lot_flows.seq').orderBy('lot_flows.ordinal').execute(),
    ]);
    const bySeq = new Map<number, ScannedFlow[]>();
    for (const row of flows) {
      const seq = Number(row.seq);
      const own = corrections.undoFlows.get(seq) ?? 0;
      if (Number(row.ordinal) < own) continue;
      const list = bySeq.get(seq) ?? [];
      list.push({ lotId: row.lot_id, direction: Number(row.direction) as -1 | 1, massGrams: Number(row.mass_grams), elements: JSON.parse(row.elements) as Composition, product: row.product });
      bySeq.set(seq, list);
    }
    const page: ScannedEvent[] = [];
    for (const row of events) {
      if (corrections.undone.has(eventRef(row.party_id, row.event_id))) continue;
      const recorded = JSON.parse(row.body) as LedgerEvent;
      const event = recorded.kind === 'correct' ? recorded.replacement : recorded;
      if (event === undefined) continue;
      const seq = Number(row.seq);
      page.push({
        seq, partyId: row.party_id, eventId: event.id, timeMs: Date.parse(event === recorded ? row.event_time : event.time), recordedAtMs: Date.parse(row.recorded_at), event,
        flows: bySeq.get(seq) ?? [], ...(recorded.kind === 'correct' ? { corrects: recorded.corrects } : {}),
      });
    }
    yield page;
  }
}

/** Events that corrections undid, and for each correction how many of its first movements undo them. */
async function correctionsOf(db: Kysely<Database>): Promise<{ undone: Set<string>; undoFlows: Map<number, number> }> {
  const rows = await db.selectFrom('events').select(['seq', 'party_id', 'body']).where('kind', '=', 'correct').execute();
  const undone = new Set<string>();
  const undoFlows = new Map<number, number>();
  for (const row of rows) {
    const body = JSON.parse(row.body) as { corrects: string };
    undone.add(eventRef(row.party_id, body.corrects));
    const original = await db.selectFrom('events').innerJoin('lot_flows', 'lot_flows.seq', 'events.seq')
      .select(sql<number>`count(*)`.as('flows'))
      .where('events.party_id', '=', row.party_id).where('events.event_id', '=', body.corrects).executeTakeFirst();
    undoFlows.set(Number(row.seq), Number(original?.flows ?? 0));
  }
  return { undone, undoFlows };
}
