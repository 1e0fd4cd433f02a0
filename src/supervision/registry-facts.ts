// Registry rows as the rules see them, and the whole registry for a period check (a few thousand
// parties and licences at most: the registry is small next to the ledger).
import type { Kysely, Selectable } from 'kysely';
import type { Database, LicencesTable } from '../store/index.ts';
import { partyRecordOf } from '../registry/queries.ts';
import type { LicenceFacts, RegistryFacts } from './rule.ts';

export function licenceFacts(row: Selectable<LicencesTable>): LicenceFacts {
  return {
    id: row.id, partyId: row.party_id, activity: row.activity, capacityKgReo: row.capacity_kg_reo === null ? null : Number(row.capacity_kg_reo),
    validFrom: row.valid_from, validTo: row.valid_to, status: row.status,
  };
}

export async function loadRegistryFacts(db: Kysely<Database>): Promise<RegistryFacts> {
  const [parties, licences, quotas] = await Promise.all([
    db.selectFrom('parties').selectAll().execute(),
    db.selectFrom('licences').selectAll().execute(),
    db.selectFrom('quotas').select(['holder_id', 'activity', 'year', 'reo_kg']).execute(),
  ]);
  const partyMap = new Map(parties.map((row) => [row.id, partyRecordOf(row)]));
  const members = new Map<string, string[]>();
  for (const party of partyMap.values()) if (party.groupId !== null) members.set(party.groupId, [...(members.get(party.groupId) ?? []), party.id]);
  const quotaKg = new Map<string, number>();
  for (const q of quotas) {
    const key = `${q.holder_id}|${q.activity}|${Number(q.year)}`;
    quotaKg.set(key, (quotaKg.get(key) ?? 0) + Number(q.reo_kg));
  }
  return {
    parties: partyMap,
    licences: new Map(licences.map((row) => [row.id, licenceFacts(row)])),
    quotaKgReo: (holder, activity, year) => quotaKg.get(`${holder}|${activity}|${year}`),
    members: (group) => members.get(group) ?? [],
  };
}
