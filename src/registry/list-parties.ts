// The registry as the API and the web app read it: parties a page at a time, and one party with its
// licences, facilities, quotas and keys.
import type { Store } from '../store/index.ts';
import { InputRefused } from '../problems.ts';
import { PARTY_PAGE_MAX } from '../limits.ts';
import { partyRecordOf, type PartyRecord } from './queries.ts';

/** A party as listings show it. */
export type PartySummary = PartyRecord;

export interface PartyQuery {
  kind?: string;
  role?: string;
  /** GB/T 2260 code or its leading digits. */
  region?: string;
  after?: string;
  limit?: number;
}

export interface PartyDetail extends PartySummary {
  licences: { id: string; activity: string; capacityTonnesReo: number | null; validFrom: string; validTo: string; status: string }[];
  facilities: { id: string; kind: string; nameZh: string; nameEn: string; region: string; licence: string | null; listed: boolean }[];
  quotas: { id: string; year: number; batch: number; activity: string; oreType: string; tonnesReo: number; allocatedFrom: string | null }[];
  keys: { id: string; validFrom: string; validTo: string | null; revokedAt: string | null }[];
}


export async function listParties(store: Store, query: PartyQuery = {}): Promise<{ parties: PartySummary[]; next?: string }> {
  const limit = query.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > PARTY_PAGE_MAX) throw new InputRefused('the request was refused', [{ path: 'limit', reason: `must be a whole number from 1 to ${PARTY_PAGE_MAX}` }]);
  if (query.region !== undefined && !/^\d{2,6}$/.test(query.region)) throw new InputRefused('the request was refused', [{ path: 'region', reason: 'must be a GB/T 2260 code or its leading digits (15, 1502, 150200)' }]);
  let select = store.db.selectFrom('parties').selectAll();
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  // Roles are a JSON list of plain words: matching the quoted word finds exactly that role.
  if (query.role !== undefined) select = select.where('roles', 'like', `%"${query.role.replace(/[%_"\\]/g, '')}"%`);
  if (query.region !== undefined) select = select.where('region', 'like', `${query.region.replace(/0+$/, '')}%`);
  if (query.after !== undefined) select = select.where('id', '>', query.after);
  const rows = await select.orderBy('id').limit(limit + 1).execute();
  const parties = rows.slice(0, limit).map(partyRecordOf);
  return rows.length > limit ? { parties, next: parties[parties.length - 1]!.id } : { parties };
}

export async function partyDetail(store: Store, id: string): Promise<PartyDetail | undefined> {
  const row = await store.db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const [licences, facilities, quotas, keys] = await Promise.all([
    store.db.selectFrom('licences').selectAll().where('party_id', '=', id).orderBy('valid_from').execute(),
    store.db.selectFrom('facilities').selectAll().where('party_id', '=', id).orderBy('id').execute(),
    store.db.selectFrom('quotas').selectAll().where('holder_id', '=', id).orderBy('year').orderBy('batch').execute(),
    store.db.selectFrom('party_keys').select(['id', 'valid_from', 'valid_to', 'revoked_at']).where('party_id', '=', id).orderBy('valid_from').execute(),
  ]);
  return {
    ...partyRecordOf(row),
    licences: licences.map((l) => ({ id: l.id, activity: l.activity, capacityTonnesReo: l.capacity_kg_reo === null ? null : Number(l.capacity_kg_reo) / 1000, validFrom: l.valid_from, validTo: l.valid_to, status: l.status })),
    facilities: facilities.map((f) => ({ id: f.id, kind: f.kind, nameZh: f.name_zh, nameEn: f.name_en, region: f.region, licence: f.licence_id, listed: Number(f.listed) === 1 })),
    quotas: quotas.map((q) => ({ id: q.id, year: Number(q.year), batch: Number(q.batch), activity: q.activity, oreType: q.ore_type, tonnesReo: Number(q.reo_kg) / 1000, allocatedFrom: q.parent_id })),
    keys: keys.map((k) => ({ id: k.id, validFrom: k.valid_from, validTo: k.valid_to, revokedAt: k.revoked_at })),
  };
}
