// The registry as it stood at a time: each party, licence and facility is its row now plus the
// versions it replaced (registry_history, migration 10), so an event is judged by the registry of
// its own time. A licence revoked on 07-01 still covered June, and a mine re-pointed to its renewed
// licence was under the old one for the months before.
import type { Kysely, Selectable } from 'kysely';
import type { Database, FacilitiesTable, LicencesTable, PartiesTable, RegistryHistoryTable } from '../store/index.ts';

export type HistoryEntity = RegistryHistoryTable['entity'];

export interface RegistryRows {
  parties: Selectable<PartiesTable>;
  licences: Selectable<LicencesTable>;
  facilities: Selectable<FacilitiesTable>;
}

/** One earlier version of a record: it held until `validToMs` (and from the version before it). */
export interface PastVersion<T> {
  validToMs: number;
  value: T;
}

/** A record's versions: earlier ones in time order, and the one that holds now. */
export class Versioned<T> {
  readonly current: T;
  readonly past: readonly PastVersion<T>[];

  constructor(current: T, past: readonly PastVersion<T>[]) {
    this.current = current;
    this.past = [...past].sort((a, b) => a.validToMs - b.validToMs);
  }

  /** The version that held at `ms`: the first earlier version still holding then, else today's. */
  at(ms: number): T {
    for (const version of this.past) if (ms < version.validToMs) return version.value;
    return this.current;
  }

  /** Every version it has had, earliest first. */
  all(): T[] {
    return [...this.past.map((v) => v.value), this.current];
  }
}

/** Earlier versions by entity and id, read in one query: those of the records of `partyIds` (the
 * parties themselves, their licences and facilities) and of the records named in `ids`. */
export type RegistryHistory = ReadonlyMap<string, PastVersion<unknown>[]>;

export const historyKey = (entity: HistoryEntity, id: string): string => `${entity}:${id}`;

export async function readRegistryHistory(db: Kysely<Database>, partyIds: readonly string[], ids: readonly string[]): Promise<RegistryHistory> {
  const parties = [...new Set(partyIds)];
  const named = [...new Set(ids)];
  if (parties.length === 0 && named.length === 0) return new Map();
  const rows = await db.selectFrom('registry_history').select(['entity', 'id', 'valid_to', 'body'])
    .where((eb) => eb.or([
      ...(parties.length === 0 ? [] : [eb('party_id', 'in', parties)]),
      ...(named.length === 0 ? [] : [eb('id', 'in', named)]),
    ]))
    .execute();
  return groupHistory(rows);
}

/** The whole registry's history (a period check reads the whole registry). */
export async function readAllRegistryHistory(db: Kysely<Database>): Promise<RegistryHistory> {
  return groupHistory(await db.selectFrom('registry_history').select(['entity', 'id', 'valid_to', 'body']).execute());
}

function groupHistory(rows: readonly { entity: string; id: string; valid_to: string; body: string }[]): RegistryHistory {
  const history = new Map<string, PastVersion<unknown>[]>();
  for (const row of rows) {
    const key = historyKey(row.entity as HistoryEntity, row.id);
    history.set(key, [...(history.get(key) ?? []), { validToMs: Date.parse(row.valid_to), value: JSON.parse(row.body) as unknown }]);
  }
  return history;
}

/** A record's versions, each mapped as its current row is (`present` reads a row of the entity's table). */
export function versionsOf<E extends HistoryEntity, T>(history: RegistryHistory, entity: E, current: T, id: string, present: (row: RegistryRows[E]) => T): Versioned<T> {
  const past = (history.get(historyKey(entity, id)) ?? []).map((v) => ({ validToMs: v.validToMs, value: present(v.value as RegistryRows[E]) }));
  return new Versioned(current, past);
}
