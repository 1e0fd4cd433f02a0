// What the capture path reads of the registry for a document: straight from the database, or,
// for a pipelined capture, through a cache kept while the registry's version (migration 9) stays
// where it was when the cache began; each write checks that version in its transaction.
import type { Kysely, Selectable } from 'kysely';
import { findFacilities, findKey, findParties, type FacilityRecord, type KeyRecord, type PartyRecord } from '../registry/queries.ts';
import { readRegistryHistory, type RegistryHistory } from '../registry/history.ts';
import type { Database, LicencesTable } from '../store/index.ts';
import { loadRuleSettings, type RuleSettings } from '../supervision/config.ts';

export interface RegistryReads {
  /** The version the reads are valid at; null when read straight from the database. */
  readonly version: number | null;
  parties(ids: readonly string[]): Promise<Map<string, PartyRecord>>;
  facilities(ids: readonly string[]): Promise<Map<string, FacilityRecord>>;
  key(id: string): Promise<KeyRecord | undefined>;
  ruleSettings(): Promise<RuleSettings>;
  /** Each quota the party holds, as `activity:year:oreType`. */
  quotas(holderId: string): Promise<string[]>;
  /** The party's own licences and those named. */
  licences(partyId: string, ids: readonly string[]): Promise<Selectable<LicencesTable>[]>;
  /** The party's facilities registered under a licence of their own, as `facility → licence`. */
  licensedFacilities(partyId: string): Promise<Map<string, string>>;
  /** The earlier versions of the parties named (with their licences and facilities) and of the
   * records named, so each event is judged by the registry of its own time. */
  history(partyIds: readonly string[], ids: readonly string[]): Promise<RegistryHistory>;
}

export function registryReads(db: Kysely<Database>): RegistryReads {
  return {
    version: null,
    parties: (ids) => findParties(db, ids),
    facilities: (ids) => findFacilities(db, ids),
    key: (id) => findKey(db, id),
    ruleSettings: () => loadRuleSettings(db),
    async quotas(holderId) {
      const rows = await db.selectFrom('quotas').select(['activity', 'year', 'ore_type']).where('holder_id', '=', holderId).execute();
      return rows.map((q) => `${q.activity}:${Number(q.year)}:${q.ore_type}`);
    },
    licences: (partyId, ids) => db.selectFrom('licences').selectAll()
      .where((eb) => (ids.length === 0 ? eb('party_id', '=', partyId) : eb.or([eb('party_id', '=', partyId), eb('id', 'in', [...ids])])))
      .execute(),
    history: (partyIds, ids) => readRegistryHistory(db, partyIds, ids),
    async licensedFacilities(partyId) {
      const rows = await db.selectFrom('facilities').select(['id', 'licence_id']).where('party_id', '=', partyId).where('licence_id', 'is not', null).execute();
      return new Map(rows.map((row) => [row.id, row.licence_id!]));
    },
  };
}

/** Each answer of `source` kept, by what was asked, for as long as the registry is at `version`:
 * a stream's documents come from a few parties and name the same facilities again and again. */
export class RegistryCache implements RegistryReads {
  readonly version: number;
  readonly #source: RegistryReads;
  readonly #parties = new Map<string, PartyRecord | undefined>();
  readonly #facilities = new Map<string, FacilityRecord | undefined>();
  readonly #answers = new Map<string, Promise<unknown>>();

  constructor(source: RegistryReads, version: number) {
    this.#source = source;
    this.version = version;
  }

  parties(ids: readonly string[]): Promise<Map<string, PartyRecord>> {
    return cachedById(this.#parties, ids, (missing) => this.#source.parties(missing));
  }

  facilities(ids: readonly string[]): Promise<Map<string, FacilityRecord>> {
    return cachedById(this.#facilities, ids, (missing) => this.#source.facilities(missing));
  }

  key(id: string): Promise<KeyRecord | undefined> {
    return this.#answer(`key:${id}`, () => this.#source.key(id));
  }

  ruleSettings(): Promise<RuleSettings> {
    return this.#answer('settings', () => this.#source.ruleSettings());
  }

  quotas(holderId: string): Promise<string[]> {
    return this.#answer(`quotas:${holderId}`, () => this.#source.quotas(holderId));
  }

  licences(partyId: string, ids: readonly string[]): Promise<Selectable<LicencesTable>[]> {
    return this.#answer(`licences:${partyId}:${[...new Set(ids)].sort().join(',')}`, () => this.#source.licences(partyId, ids));
  }

  history(partyIds: readonly string[], ids: readonly string[]): Promise<RegistryHistory> {
    return this.#answer(`history:${[...new Set(partyIds)].sort().join(',')}:${[...new Set(ids)].sort().join(',')}`, () => this.#source.history(partyIds, ids));
  }

  licensedFacilities(partyId: string): Promise<Map<string, string>> {
    return this.#answer(`licensed-facilities:${partyId}`, () => this.#source.licensedFacilities(partyId));
  }

  #answer<T>(key: string, read: () => Promise<T>): Promise<T> {
    let answer = this.#answers.get(key) as Promise<T> | undefined;
    if (answer === undefined) {
      answer = read();
      this.#answers.set(key, answer);
      // A failed read is not kept: the next document asks again.
      answer.catch(() => this.#answers.delete(key));
    }
    return answer;
  }
}

async function cachedById<T>(cache: Map<string, T | undefined>, ids: readonly string[], read: (missing: string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (missing.length > 0) {
    const found = await read(missing);
    // An id the registry does not have is kept as such: the answer is the same until it changes.
    for (const id of missing) cache.set(id, found.get(id));
  }
  const answer = new Map<string, T>();
  for (const id of ids) {
    const record = cache.get(id);
    if (record !== undefined) answer.set(id, record);
  }
  return answer;
}
