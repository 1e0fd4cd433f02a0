// The rows provenance reads, by id, in bounded IN lists.
import { sql, type Kysely } from 'kysely';
import { findFacilities, findParties, type FacilityRecord, type PartyRecord } from '../registry/queries.ts';
import type { Database, LotState, Store } from '../store/index.ts';
import { lotFromRow } from '../store/lot-rows.ts';
import { ProvenanceRefused, visibleLot, type Viewer } from './viewer.ts';

const IN_LIST_MAX = 1_000;

async function chunked<K, R>(keys: readonly K[], read: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += IN_LIST_MAX) out.push(...await read(unique.slice(start, start + IN_LIST_MAX)));
  return out;
}

export async function readLotsById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, LotState>> {
  const rows = await chunked(ids, (chunk) => db.selectFrom('lots').selectAll().where('id', 'in', chunk).execute());
  return new Map(rows.map((row) => [row.id, lotFromRow(row)]));
}

/** `id` as a lot id, or a refusal saying what one is. */
export function checkLotId(id: unknown): string {
  if (typeof id !== 'string' || id === '' || id.length > 400) throw new ProvenanceRefused('bad-input', `a lot id is a non-empty string (USCC:local-id), got ${JSON.stringify(id)?.slice(0, 60)}`);
  return id;
}

/** The lot, when it exists and the viewer may know of it; otherwise one refusal for both cases. */
export async function readLot(db: Kysely<Database>, lotId: unknown, viewer: Viewer): Promise<LotState> {
  const id = checkLotId(lotId);
  return visibleLot(viewer, id, (await readLotsById(db, [id])).get(id));
}

export interface EventRecord {
  seq: number;
  partyId: string;
  eventId: string;
  documentId: string;
  kind: string;
  time: string;
  recordedAt: string;
  body: Record<string, unknown>;
  bodyText: string;
}

export async function readEventsBySeq(db: Kysely<Database>, seqs: readonly number[]): Promise<Map<number, EventRecord>> {
  const rows = await chunked(seqs, (chunk) => db.selectFrom('events')
    .select(['seq', 'party_id', 'event_id', 'document_id', 'kind', 'event_time', 'recorded_at', 'body']).where('seq', 'in', chunk).execute());
  return new Map(rows.map((row) => [Number(row.seq), {
    seq: Number(row.seq), partyId: row.party_id, eventId: row.event_id, documentId: row.document_id, kind: row.kind, time: row.event_time,
    recordedAt: row.recorded_at, body: JSON.parse(row.body) as Record<string, unknown>, bodyText: row.body,
  }]));
}

/** What a trace shows of an event: its place, recorder, kind and time, and the facility and countries
 * its body names (its replacement's, for a correction). */
export interface EventSummary {
  seq: number;
  partyId: string;
  eventId: string;
  kind: string;
  time: string;
  facility?: string;
  destinationCountry?: string;
  originCountry?: string;
}

const SUMMARY_FIELDS = ['facility', 'destinationCountry', 'originCountry'] as const;
type SummaryFields = Partial<Record<(typeof SUMMARY_FIELDS)[number], unknown>>;

/** SQLite picks the fields out of each body itself, in process. PostgreSQL would parse a text body
 * once per field it is asked for (six times a row: 12–19 ms for 150 separation runs, against under
 * 1 ms to send the bodies), so there the bodies are read and parsed here, once each. */
export async function readEventSummariesBySeq(store: Store, seqs: readonly number[]): Promise<Map<number, EventSummary>> {
  const columns = ['seq', 'party_id', 'event_id', 'kind', 'event_time'] as const;
  const rows: ({ seq: number; party_id: string; event_id: string; kind: string; event_time: string } & SummaryFields)[] = store.engine === 'postgres'
    ? (await chunked(seqs, (chunk) => store.db.selectFrom('events').select([...columns, 'body']).where('seq', 'in', chunk).execute()))
      .map(({ body, ...row }) => {
        const parsed = JSON.parse(body) as SummaryFields & { replacement?: SummaryFields };
        const fields: SummaryFields = {};
        for (const name of SUMMARY_FIELDS) fields[name] = parsed.replacement?.[name] ?? parsed[name];
        return { ...row, ...fields };
      })
    : await chunked(seqs, (chunk) => store.db.selectFrom('events').select(columns)
      .select(SUMMARY_FIELDS.map((name) => sql<string | null>`COALESCE(json_extract(body, ${`$.replacement.${name}`}), json_extract(body, ${`$.${name}`}))`.as(name)))
      .where('seq', 'in', chunk).execute());
  return new Map(rows.map((row) => [Number(row.seq), {
    seq: Number(row.seq), partyId: row.party_id, eventId: row.event_id, kind: row.kind, time: row.event_time,
    ...(typeof row.facility === 'string' ? { facility: row.facility } : {}),
    ...(typeof row.destinationCountry === 'string' ? { destinationCountry: row.destinationCountry } : {}),
    ...(typeof row.originCountry === 'string' ? { originCountry: row.originCountry } : {}),
  }]));
}

/** The parties and facilities named, and the parties owning those facilities. The two reads run
 * at once (on PostgreSQL, on two connections); a facility's owner is nearly always among the
 * parties named, so the third read is rare. */
export async function readRegistry(db: Kysely<Database>, partyIds: readonly string[], facilityIds: readonly string[]): Promise<{ parties: Map<string, PartyRecord>; facilities: Map<string, FacilityRecord> }> {
  const [facilities, parties] = await Promise.all([findFacilities(db, facilityIds), findParties(db, partyIds)]);
  const owners = [...facilities.values()].map((f) => f.partyId).filter((id) => !parties.has(id));
  if (owners.length > 0) for (const [id, party] of await findParties(db, owners)) parties.set(id, party);
  return { parties, facilities };
}
