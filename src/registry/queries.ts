// Registry reads used by the capture path and the CLI.
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';

export interface PartyRecord {
  id: string;
  kind: string;
  roles: string[];
  nameZh: string;
  nameEn: string;
  region: string;
  groupId: string | null;
  status: string;
}

export function partyRecordOf(row: { id: string; kind: string; roles: string; name_zh: string; name_en: string; region: string; group_id: string | null; status: string }): PartyRecord {
  return {
    id: row.id,
    kind: row.kind,
    roles: JSON.parse(row.roles) as string[],
    nameZh: row.name_zh,
    nameEn: row.name_en,
    region: row.region,
    groupId: row.group_id,
    status: row.status,
  };
}

export async function findParties(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, PartyRecord>> {
  const found = new Map<string, PartyRecord>();
  if (ids.length === 0) return found;
  const rows = await db.selectFrom('parties').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  for (const row of rows) found.set(row.id, partyRecordOf(row));
  return found;
}

export interface FacilityRecord {
  id: string;
  partyId: string;
  kind: string;
  region: string;
  licenceId: string | null;
  listed: boolean;
}

export async function findFacilities(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, FacilityRecord>> {
  const found = new Map<string, FacilityRecord>();
  if (ids.length === 0) return found;
  const rows = await db.selectFrom('facilities').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  for (const row of rows) found.set(row.id, facilityRecordOf(row));
  return found;
}

export function facilityRecordOf(row: { id: string; party_id: string; kind: string; region: string; licence_id: string | null; listed: number }): FacilityRecord {
  return { id: row.id, partyId: row.party_id, kind: row.kind, region: row.region, licenceId: row.licence_id, listed: Number(row.listed) === 1 };
}

export interface KeyRecord {
  id: string;
  partyId: string;
  publicJwk: { kty: string; crv: string; x: string };
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
}

export async function findKey(db: Kysely<Database>, id: string): Promise<KeyRecord | undefined> {
  const row = await db.selectFrom('party_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    partyId: row.party_id,
    publicJwk: JSON.parse(row.public_jwk) as KeyRecord['publicJwk'],
    validFrom: row.valid_from,
    validTo: row.valid_to,
    revokedAt: row.revoked_at,
  };
}

/** Why a key may not sign at `when`, or null when it may. */
export function keyUnusableReason(key: KeyRecord, partyId: string, when: Date): string | null {
  if (key.partyId !== partyId) return `key ${key.id} is registered to ${key.partyId}, not to ${partyId}`;
  const at = when.getTime();
  if (key.revokedAt !== null && at >= Date.parse(key.revokedAt)) return `key ${key.id} was revoked at ${key.revokedAt}`;
  if (at < Date.parse(key.validFrom)) return `key ${key.id} is valid only from ${key.validFrom}`;
  if (key.validTo !== null && at >= Date.parse(key.validTo)) return `key ${key.id} expired at ${key.validTo} (rotated); sign with the party's current key`;
  return null;
}
