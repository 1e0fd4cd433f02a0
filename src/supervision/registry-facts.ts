// Registry rows as the rules see them, and the whole registry for a period check (a few thousand
// parties and licences at most: the registry is small next to the ledger), with each record's
// earlier versions, so a rule judges an event by the registry as it stood at the event's time.
import type { Kysely, Selectable } from 'kysely';
import type { Database, LicencesTable } from '../store/index.ts';
import { partyRecordOf } from '../registry/queries.ts';
import { readAllRegistryHistory, versionsOf } from '../registry/history.ts';
import type { LicenceFacts, RegistryFacts } from './rule.ts';

export function licenceFacts(row: Selectable<LicencesTable>): LicenceFacts {
  return {
    id: row.id, partyId: row.party_id, activity: row.activity, scope: JSON.parse(row.scope) as LicenceFacts['scope'],
    capacityKgReo: row.capacity_kg_reo === null ? null : Number(row.capacity_kg_reo),
    validFrom: row.valid_from, validTo: row.valid_to, status: row.status,
  };
}

export async function loadRegistryFacts(db: Kysely<Database>): Promise<RegistryFacts> {
  const [parties, licences, quotas, history, facilities] = await Promise.all([
    db.selectFrom('parties').selectAll().execute(),
    db.selectFrom('licences').selectAll().execute(),
    db.selectFrom('quotas').select(['holder_id', 'activity', 'year', 'ore_type', 'reo_kg']).execute(),
    readAllRegistryHistory(db),
    db.selectFrom('facilities').select(['id', 'licence_id']).where('licence_id', 'is not', null).execute(),
  ]);
  const boundTo = new Map<string, string[]>();
  for (const f of facilities) boundTo.set(f.licence_id!, [...(boundTo.get(f.licence_id!) ?? []), f.id]);
  const partyMap = new Map(parties.map((row) => [row.id, partyRecordOf(row)]));
  const members = new Map<string, string[]>();
  for (const party of partyMap.values()) if (party.groupId !== null) members.set(party.groupId, [...(members.get(party.groupId) ?? []), party.id]);
  const quotaKg = new Map<string, number>();
  const quotaKgByOre = new Map<string, Record<'rock' | 'ionic' | 'any', number>>();
  for (const q of quotas) {
    const key = `${q.holder_id}|${q.activity}|${Number(q.year)}`;
    quotaKg.set(key, (quotaKg.get(key) ?? 0) + Number(q.reo_kg));
    const byOre = quotaKgByOre.get(key) ?? { rock: 0, ionic: 0, any: 0 };
    byOre[q.ore_type as 'rock' | 'ionic' | 'any'] += Number(q.reo_kg);
    quotaKgByOre.set(key, byOre);
  }
  const licenceMap = new Map(licences.map((row) => [row.id, licenceFacts(row)]));
  const partyVersions = new Map([...partyMap].map(([id, party]) => [id, versionsOf(history, 'parties', party, id, partyRecordOf)]));
  const licenceVersions = new Map([...licenceMap].map(([id, licence]) => [id, versionsOf(history, 'licences', licence, id, licenceFacts)]));
  return {
    parties: partyMap,
    licences: licenceMap,
    quotaKgReo: (holder, activity, year) => quotaKg.get(`${holder}|${activity}|${year}`),
    quotaKgReoByOre: (holder, activity, year) => quotaKgByOre.get(`${holder}|${activity}|${year}`),
    partyAt: (id, atMs) => partyVersions.get(id)?.at(atMs),
    licenceAt: (id, atMs) => licenceVersions.get(id)?.at(atMs),
    deregisteredFromMs: (id) => {
      const versions = partyVersions.get(id);
      if (versions?.current.status !== 'deregistered') return undefined;
      return versions.past.filter((version) => version.value.status !== 'deregistered').at(-1)?.validToMs;
    },
    members: (group) => members.get(group) ?? [],
    facilitiesUnder: (licenceId) => boundTo.get(licenceId) ?? [],
  };
}
