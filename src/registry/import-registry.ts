// Loads parties, licences, facilities, quotas and keys into the registry: everything in the file
// is checked against itself and against what the registry already holds, and then written in one
// transaction, or nothing is written.
import type { Insertable, Kysely } from 'kysely';
import { validateRegionCode } from '../domain/regions.ts';
import { validateUscc } from '../domain/uscc.ts';
import { isElementSymbol } from '../domain/elements.ts';
import { productByCode } from '../domain/products.ts';
import { compileValidator, InputRefused, type Problem } from '../problems.ts';
import { isRealDateTime } from '../schemas.ts';
import type { Database, RegistryHistoryTable } from '../store/index.ts';
import type { HistoryEntity, RegistryRows } from './history.ts';
import type { Store } from '../store/index.ts';
import { keyIdOf, publicJwkProblem } from './keys.ts';
import { RegistryFile } from './registry-file.ts';

const validateFile = compileValidator(RegistryFile);

export interface RegistryImportSummary {
  parties: number;
  licences: number;
  facilities: number;
  quotas: number;
  keys: number;
}

export async function importRegistry(store: Store, input: unknown): Promise<RegistryImportSummary> {
  const shapeProblems = validateFile.problems(input);
  if (shapeProblems.length > 0 || !validateFile.is(input)) {
    throw new InputRefused('the registry file is malformed; nothing was imported', shapeProblems);
  }
  const file = input;
  const parties = file.parties ?? [];
  const licences = file.licences ?? [];
  const facilities = file.facilities ?? [];
  const quotas = file.quotas ?? [];
  const keys = file.keys ?? [];
  // Checked and written in one transaction that no other import runs beside: two imports at once
  // cannot both pass a check the other would fail (a quota allocated twice over, overlapping
  // licences, one key registered to two parties).
  return store.registryTransaction(async (db) => {
    const problems: Problem[] = [];

    const existingParties = await existingById(db, 'parties', parties.map((p) => p.id).concat(
      licences.map((l) => l.party), facilities.map((f) => f.party), quotas.map((q) => q.holder), keys.map((k) => k.party),
      parties.flatMap((p) => (p.group === undefined ? [] : [p.group])),
    ));
    const partyKind = new Map<string, { kind: string; group: string | null }>();
    for (const row of existingParties) partyKind.set(row.id, { kind: row.kind, group: row.group_id });
    for (const p of parties) partyKind.set(p.id, { kind: p.kind, group: p.group ?? null });

    duplicates(parties.map((p) => p.id), 'parties', problems);
    duplicates(licences.map((l) => l.id), 'licences', problems);
    duplicates(facilities.map((f) => f.id), 'facilities', problems);
    duplicates(quotas.map((q) => q.id), 'quotas', problems);

    parties.forEach((p, i) => {
      const where = `parties[${i}]`;
      const uscc = validateUscc(p.id);
      if (uscc !== null) problems.push({ path: `${where}.id`, reason: uscc });
      const region = validateRegionCode(p.region);
      if (region !== null) problems.push({ path: `${where}.region`, reason: region });
      if (p.kind !== 'enterprise' && (p.roles ?? []).length > 0) {
        problems.push({ path: `${where}.roles`, reason: `only enterprises have roles; this party is a ${p.kind}` });
      }
      if (p.group !== undefined) {
        const group = partyKind.get(p.group);
        if (group === undefined) problems.push({ path: `${where}.group`, reason: `no party ${p.group} in the file or the registry` });
        else if (group.kind !== 'group') problems.push({ path: `${where}.group`, reason: `${p.group} is a ${group.kind}, not a group` });
        if (p.group === p.id) problems.push({ path: `${where}.group`, reason: 'a party cannot be its own group' });
      }
    });

    const knownParty = (id: string, path: string) => {
      if (!partyKind.has(id)) problems.push({ path, reason: `no party ${id} in the file or the registry` });
    };

    // The file's parties' licences (for overlaps) and those its facilities name (a mine re-pointed
    // to a licence registered before).
    const existingLicences = await db.selectFrom('licences').selectAll()
      .where((eb) => eb.or([
        eb('party_id', 'in', unique(licences.map((l) => l.party)).concat([''])),
        eb('id', 'in', unique(facilities.flatMap((f) => (f.licence === undefined ? [] : [f.licence]))).concat([''])),
      ]))
      .execute();
    const licencesById = new Map(existingLicences.map((l) => [l.id, { party: l.party_id, activity: l.activity, from: l.valid_from, to: l.valid_to, status: l.status }]));
    licences.forEach((l, i) => {
      const where = `licences[${i}]`;
      knownParty(l.party, `${where}.party`);
      if (!isCalendarDate(l.validFrom)) problems.push({ path: `${where}.validFrom`, reason: `${l.validFrom} is not a calendar date` });
      if (!isCalendarDate(l.validTo)) problems.push({ path: `${where}.validTo`, reason: `${l.validTo} is not a calendar date` });
      if (l.validTo < l.validFrom) problems.push({ path: `${where}.validTo`, reason: `ends (${l.validTo}) before it starts (${l.validFrom})` });
      for (const [j, product] of (l.scope?.products ?? []).entries()) {
        if (productByCode(product) === undefined) problems.push({ path: `${where}.scope.products[${j}]`, reason: `unknown product ${product}` });
      }
      for (const [j, element] of (l.scope?.elements ?? []).entries()) {
        if (!isElementSymbol(element)) problems.push({ path: `${where}.scope.elements[${j}]`, reason: `${element} is not a rare earth element symbol` });
      }
      licencesById.set(l.id, { party: l.party, activity: l.activity, from: l.validFrom, to: l.validTo, status: l.status ?? 'active' });
    });
    // Two active licences for the same party and activity whose validity overlaps make it unclear
    // which one's scope and capacity apply.
    licences.forEach((l, i) => {
      if ((l.status ?? 'active') !== 'active') return;
      for (const [otherId, other] of licencesById) {
        if (otherId === l.id || other.party !== l.party || other.activity !== l.activity || other.status !== 'active') continue;
        if (other.from <= l.validTo && l.validFrom <= other.to) {
          problems.push({
            path: `licences[${i}]`,
            reason: `overlaps licence ${otherId} (${other.from} to ${other.to}) for ${l.activity} by the same party; end one before the other starts`,
          });
        }
      }
    });

    facilities.forEach((f, i) => {
      const where = `facilities[${i}]`;
      knownParty(f.party, `${where}.party`);
      const region = validateRegionCode(f.region);
      if (region !== null) problems.push({ path: `${where}.region`, reason: region });
      if (f.licence !== undefined) {
        const licence = licencesById.get(f.licence);
        if (licence === undefined) problems.push({ path: `${where}.licence`, reason: `no licence ${f.licence}` });
        else if (licence.party !== f.party) problems.push({ path: `${where}.licence`, reason: `licence ${f.licence} belongs to ${licence.party}, not ${f.party}` });
        else if (f.kind === 'mine' && licence.activity !== 'mining') problems.push({ path: `${where}.licence`, reason: `a mine needs a mining licence; ${f.licence} is for ${licence.activity}` });
      }
      if (f.listed !== undefined && f.kind !== 'mine') problems.push({ path: `${where}.listed`, reason: 'only mines are listed' });
    });

    const quotaIds = quotas.map((q) => q.id).concat(quotas.flatMap((q) => (q.allocatedFrom === undefined ? [] : [q.allocatedFrom])));
    const existingQuotas = quotaIds.length === 0 ? [] : await db.selectFrom('quotas').selectAll().where('id', 'in', quotaIds).execute();
    const quotaById = new Map(existingQuotas.map((q) => [q.id, { year: q.year, holder: q.holder_id, activity: q.activity, oreType: q.ore_type, reoKg: Number(q.reo_kg), parent: q.parent_id }]));
    for (const q of quotas) quotaById.set(q.id, { year: q.year, holder: q.holder, activity: q.activity, oreType: q.oreType, reoKg: Math.round(q.tonnesReo * 1000), parent: q.allocatedFrom ?? null });
    const parentsTouched = new Set<string>();
    quotas.forEach((q, i) => {
      const where = `quotas[${i}]`;
      knownParty(q.holder, `${where}.holder`);
      if (q.allocatedFrom === undefined) return;
      const parent = quotaById.get(q.allocatedFrom);
      if (parent === undefined) {
        problems.push({ path: `${where}.allocatedFrom`, reason: `no quota ${q.allocatedFrom}` });
        return;
      }
      parentsTouched.add(q.allocatedFrom);
      if (parent.year !== q.year || parent.activity !== q.activity) {
        problems.push({ path: `${where}.allocatedFrom`, reason: `${q.allocatedFrom} is a ${parent.year} ${parent.activity} quota; an allocation must match its year and activity` });
      }
      if (parent.oreType !== 'any' && parent.oreType !== q.oreType) {
        problems.push({ path: `${where}.oreType`, reason: `${q.allocatedFrom} is for ${parent.oreType} ore` });
      }
      if (partyKind.get(q.holder)?.group !== parent.holder) {
        problems.push({ path: `${where}.holder`, reason: `${q.holder} is not a member of ${parent.holder}, which holds ${q.allocatedFrom}` });
      }
    });
    if (parentsTouched.size > 0) {
      const siblings = await db.selectFrom('quotas').select(['id', 'reo_kg', 'parent_id']).where('parent_id', 'in', [...parentsTouched]).execute();
      const allocated = new Map<string, number>();
      const counted = new Set<string>(quotas.map((q) => q.id));
      for (const row of siblings) if (!counted.has(row.id)) allocated.set(row.parent_id!, (allocated.get(row.parent_id!) ?? 0) + Number(row.reo_kg));
      for (const q of quotas) if (q.allocatedFrom !== undefined) allocated.set(q.allocatedFrom, (allocated.get(q.allocatedFrom) ?? 0) + Math.round(q.tonnesReo * 1000));
      for (const [parentId, reoKg] of allocated) {
        const parent = quotaById.get(parentId);
        if (parent !== undefined && reoKg > parent.reoKg) {
          problems.push({ path: 'quotas', reason: `allocations from ${parentId} add up to ${reoKg / 1000} t REO, more than its ${parent.reoKg / 1000} t REO` });
        }
      }
    }

    const keyRows = await Promise.all(
      keys.map(async (k, i) => {
        const where = `keys[${i}]`;
        knownParty(k.party, `${where}.party`);
        const problem = publicJwkProblem(k.publicJwk);
        if (problem !== null) {
          problems.push({ path: `${where}.publicJwk`, reason: problem });
          return undefined;
        }
        for (const field of ['validTo', 'revokedAt'] as const) {
          const value = k[field];
          if (value !== undefined && Date.parse(value) < Date.parse(k.validFrom)) problems.push({ path: `${where}.${field}`, reason: `is before validFrom (${k.validFrom})` });
        }
        for (const field of ['validFrom', 'validTo', 'revokedAt'] as const) {
          const value = k[field];
          if (value !== undefined && !isRealDateTime(value)) problems.push({ path: `${where}.${field}`, reason: `${value} is not a real date-time` });
        }
        return {
          id: await keyIdOf(k.publicJwk),
          party_id: k.party,
          public_jwk: JSON.stringify({ kty: k.publicJwk.kty, crv: k.publicJwk.crv, x: k.publicJwk.x }),
          valid_from: new Date(k.validFrom).toISOString(),
          valid_to: k.validTo === undefined ? null : new Date(k.validTo).toISOString(),
          revoked_at: k.revokedAt === undefined ? null : new Date(k.revokedAt).toISOString(),
          revocation_reason: k.revocationReason ?? null,
        };
      }),
    );
    if (keyRows.length > 0 && problems.length === 0) {
      const ids = keyRows.map((k) => k!.id);
      const taken = await db.selectFrom('party_keys').select(['id', 'party_id']).where('id', 'in', ids).execute();
      for (const row of taken) {
        const i = ids.indexOf(row.id);
        if (row.party_id !== keys[i]!.party) problems.push({ path: `keys[${i}]`, reason: `this key is already registered to ${row.party_id}` });
      }
    }

    const now = new Date().toISOString();
    const partyRows = parties.map((p) => ({
      id: p.id, kind: p.kind, roles: JSON.stringify(p.roles ?? []), name_zh: p.nameZh, name_en: p.nameEn,
      region: p.region, group_id: p.group ?? null, status: p.status ?? 'active', created_at: now,
    }));
    const licenceRows = licences.map((l) => ({
      id: l.id, party_id: l.party, activity: l.activity, scope: JSON.stringify(l.scope ?? {}),
      capacity_kg_reo: l.capacityTonnesReo === undefined ? null : Math.round(l.capacityTonnesReo * 1000),
      valid_from: l.validFrom, valid_to: l.validTo, status: l.status ?? 'active',
    }));
    const facilityRows = facilities.map((f) => ({
      id: f.id, party_id: f.party, kind: f.kind, name_zh: f.nameZh, name_en: f.nameEn, region: f.region,
      licence_id: f.licence ?? null, listed: f.listed === true ? 1 : 0,
    }));
    const history = await historyOf(db, { parties: partyRows, licences: licenceRows, facilities: facilityRows }, { parties, licences, facilities }, now, problems);

    if (problems.length > 0) throw new InputRefused('the registry file was refused; nothing was imported', problems);

    for (const version of history) await db.insertInto('registry_history').values(version).execute();
    // Parties first without their group, so members and groups may come in either order.
    for (const p of partyRows) {
      const row = { ...p, group_id: null };
      await db.insertInto('parties').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ kind: row.kind, roles: row.roles, name_zh: row.name_zh, name_en: row.name_en, region: row.region, status: row.status }))
        .execute();
    }
    for (const p of partyRows) await db.updateTable('parties').set({ group_id: p.group_id }).where('id', '=', p.id).execute();
    for (const row of licenceRows) await db.insertInto('licences').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    for (const row of facilityRows) await db.insertInto('facilities').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    // Group quotas before their allocations, so the foreign key finds the parent.
    const ordered = [...quotas].sort((a, b) => Number(a.allocatedFrom !== undefined) - Number(b.allocatedFrom !== undefined));
    for (const q of ordered) {
      const row = {
        id: q.id, year: q.year, batch: q.batch, holder_id: q.holder, activity: q.activity, ore_type: q.oreType,
        reo_kg: Math.round(q.tonnesReo * 1000), parent_id: q.allocatedFrom ?? null,
      };
      await db.insertInto('quotas').values(row).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    }
    for (const row of keyRows) {
      if (row === undefined) continue;
      await db.insertInto('party_keys').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ valid_to: row.valid_to, revoked_at: row.revoked_at, revocation_reason: row.revocation_reason }))
        .execute();
    }
    return { parties: parties.length, licences: licences.length, facilities: facilities.length, quotas: quotas.length, keys: keys.length };
  });
}

/** The columns whose change makes a new version of a record (not its creation time). */
const VERSIONED_COLUMNS = {
  parties: ['kind', 'roles', 'name_zh', 'name_en', 'region', 'group_id', 'status'],
  licences: ['party_id', 'activity', 'scope', 'capacity_kg_reo', 'valid_from', 'valid_to', 'status'],
  facilities: ['party_id', 'kind', 'name_zh', 'name_en', 'region', 'licence_id', 'listed'],
} as const satisfies { [E in HistoryEntity]: readonly (keyof RegistryRows[E])[] };

/** Milliseconds in a day: a licence's last valid day ends one day after it begins. */
const DAY_MS = 86_400_000;

type NewRows = { [E in HistoryEntity]: readonly ({ id: string } & Record<string, unknown>)[] };

/** The versions this import replaces, each closed when its replacement took effect (the record's
 * `since`, by default now); refused where that is before the version it replaces began. A record
 * registered for the first time suspended, revoked or deregistered was active before its `since`, or
 * with none, before now; a licence registered for the first time in force from a `since` was not yet
 * in force (pending) before it. */
async function historyOf(
  db: Kysely<Database>,
  rows: NewRows,
  inputs: { [E in HistoryEntity]: readonly { since?: string }[] },
  now: string,
  problems: Problem[],
): Promise<Insertable<RegistryHistoryTable>[]> {
  const ids = (entity: HistoryEntity) => unique(rows[entity].map((r) => r.id)).concat(['']);
  const [parties, licences, facilities, opened] = await Promise.all([
    db.selectFrom('parties').selectAll().where('id', 'in', ids('parties')).execute(),
    db.selectFrom('licences').selectAll().where('id', 'in', ids('licences')).execute(),
    db.selectFrom('facilities').selectAll().where('id', 'in', ids('facilities')).execute(),
    db.selectFrom('registry_history').select(['entity', 'id', (eb) => eb.fn.max('valid_to').as('since')])
      .where('id', 'in', unique([...ids('parties'), ...ids('licences'), ...ids('facilities')])).groupBy(['entity', 'id']).execute(),
  ]);
  const existing: { [E in HistoryEntity]: Map<string, Record<string, unknown>> } = {
    parties: new Map(parties.map((r) => [r.id, r])), licences: new Map(licences.map((r) => [r.id, r])), facilities: new Map(facilities.map((r) => [r.id, r])),
  };
  const currentSince = new Map(opened.map((r) => [`${r.entity}:${r.id}`, r.since as string]));
  const versions: Insertable<RegistryHistoryTable>[] = [];
  for (const entity of ['parties', 'licences', 'facilities'] as const) {
    rows[entity].forEach((row, i) => {
      const given = inputs[entity][i]!.since;
      if (given !== undefined && !isRealDateTime(given)) {
        problems.push({ path: `${entity}[${i}].since`, reason: `${given} is not a real date-time` });
        return;
      }
      const since = given === undefined ? now : new Date(given).toISOString();
      const partyId = entity === 'parties' ? row.id : String(row['party_id']);
      const before = existing[entity].get(row.id);
      if (before === undefined) {
        if (given !== undefined && row['status'] !== 'active' && row['status'] !== 'pending') {
          versions.push({ entity, id: row.id, party_id: partyId, valid_from: null, valid_to: since, body: JSON.stringify({ ...row, status: 'active' }) });
        } else if (given !== undefined && entity === 'licences') {
          // A licence first registered in force from a stated time was not in force before it, whatever
          // validity its certificate states: a date written back to the application does not license
          // the work done before it was granted.
          versions.push({ entity, id: row.id, party_id: partyId, valid_from: null, valid_to: since, body: JSON.stringify({ ...row, status: 'pending' }) });
        } else if (entity === 'parties' ? row['status'] !== 'active' : row['status'] === 'revoked') {
          // A party registered already suspended or deregistered, with no date for it: the registry
          // cannot say it was so before it recorded it, and the capture's hard rules refuse on a
          // party's status, which needs the status at the event's time: it counts from the import.
          // Judged so throughout, a party suspended on 07-01 that filed June on 07-08 was refused
          // its June. A licence registered already revoked, likewise; and a revocation ends a
          // licence, so its stated validity says when at the latest (its last valid day,
          // Asia/Shanghai, if that came first). A licence registered suspended with no date stays
          // suspended throughout: a suspension ends nothing the record dates, and what it weighs
          // on is supervision's alerts, which put the registry's word before the regulator, not a
          // refusal.
          let until = now;
          if (entity === 'licences' && typeof row['valid_to'] === 'string') {
            const ended = new Date(Date.parse(`${row['valid_to']}T00:00:00+08:00`) + DAY_MS).toISOString();
            if (ended < now) until = ended;
          }
          versions.push({ entity, id: row.id, party_id: partyId, valid_from: null, valid_to: until, body: JSON.stringify({ ...row, status: 'active' }) });
        }
        return;
      }
      const changed = VERSIONED_COLUMNS[entity].some((column) => String(before[column] ?? null) !== String(row[column] ?? null));
      if (!changed) return;
      const began = currentSince.get(`${entity}:${row.id}`) ?? null;
      if (began !== null && since <= began) {
        problems.push({
          path: `${entity}[${i}].since`,
          reason: `${row.id} has been as it is since ${began}; a change can only take effect after that (the registry's history is only added to)`,
        });
        return;
      }
      versions.push({ entity, id: row.id, party_id: String(before['party_id'] ?? row.id), valid_from: began, valid_to: since, body: JSON.stringify(before) });
    });
  }
  return versions;
}

async function existingById(db: Kysely<Database>, table: 'parties', ids: string[]) {
  const wanted = unique(ids);
  if (wanted.length === 0) return [];
  return db.selectFrom(table).select(['id', 'kind', 'group_id']).where('id', 'in', wanted).execute();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function duplicates(ids: string[], list: string, problems: Problem[]) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path: `${list}[${i}].id`, reason: `${id} appears twice (also ${list}[${first}])` });
    else seen.set(id, i);
  });
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
