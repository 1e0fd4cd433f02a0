// The registry keeps each version a re-import replaces, closed when the change took effect, so
// events are judged by the registry of their time; a change dated before the version it replaces
// began, or an impossible date, is refused and changes nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '../domain/uscc.ts';
import { InputRefused } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { loadFixtureRegistry, MINE, MINER } from '../testing/fixtures.ts';
import { readRegistryHistory, versionsOf } from './history.ts';
import { facilityRecordOf } from './queries.ts';
import { importRegistry } from './index.ts';

async function refused(promise: Promise<unknown>): Promise<InputRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRefused) return error;
    throw error;
  }
  assert.fail('expected the registry input to be refused');
}

for (const engine of engines()) {
  describe(`registry history on ${engine}`, () => {
    let t: TestStore;
    before(async () => {
      t = await makeTestStore(engine);
      await loadFixtureRegistry(t.store);
    });
    after(async () => t.cleanup());

    const mine = async () => t.store.db.selectFrom('facilities').selectAll().where('id', '=', MINE).executeTakeFirstOrThrow();
    const historyRows = async () => t.store.db.selectFrom('registry_history').selectAll().orderBy('valid_to').execute();

    test('a licence registered already revoked, with no date, covered what it covered until its last valid day', async () => {
      await importRegistry(t.store, { licences: [{ id: 'lic-revoked-undated', party: MINER, activity: 'mining', validFrom: '2024-01-01', validTo: '2024-06-30', status: 'revoked' }] });
      const row = await t.store.db.selectFrom('licences').selectAll().where('id', '=', 'lic-revoked-undated').executeTakeFirstOrThrow();
      const versions = versionsOf(await readRegistryHistory(t.store.db, [MINER], []), 'licences', row.status, row.id, (r) => r.status);
      assert.equal(versions.at(Date.parse('2024-06-30T23:59:59+08:00')), 'active', 'June: inside its validity');
      assert.equal(versions.at(Date.parse('2024-07-01T00:00:00+08:00')), 'revoked');
      await t.store.db.deleteFrom('registry_history').where('id', '=', 'lic-revoked-undated').execute();
      await t.store.db.deleteFrom('licences').where('id', '=', 'lic-revoked-undated').execute();
    });

    test('a party registered already suspended, or a licence already revoked, with no date, is judged so from when the registry recorded it; a licence suspended, throughout', async () => {
      const undated = makeUscc({ authority: '9', orgType: '1', region: '360700', orgBody8: 'UNDATE01' });
      const importedMs = Date.now();
      await importRegistry(t.store, {
        parties: [{ id: undated, kind: 'enterprise', roles: ['separator'], nameZh: '丙', nameEn: 'C', region: '360700', status: 'suspended' }],
        licences: [
          { id: 'lic-suspended-undated', party: undated, activity: 'separation', validFrom: '2024-01-01', validTo: '2030-12-31', status: 'suspended' },
          { id: 'lic-revoked-open', party: undated, activity: 'mining', validFrom: '2024-01-01', validTo: '2030-12-31', status: 'revoked' },
        ],
      });
      const history = await readRegistryHistory(t.store.db, [undated], []);
      const party = await t.store.db.selectFrom('parties').selectAll().where('id', '=', undated).executeTakeFirstOrThrow();
      const partyStatus = versionsOf(history, 'parties', party.status, undated, (r) => r.status);
      assert.equal(partyStatus.at(Date.parse('2024-06-20T08:00:00+08:00')), 'active', 'June, long before the registry knew of the suspension');
      assert.equal(partyStatus.at(Date.now() + 60_000), 'suspended', 'after the registry recorded it');
      const revoked = await t.store.db.selectFrom('licences').selectAll().where('id', '=', 'lic-revoked-open').executeTakeFirstOrThrow();
      const revokedStatus = versionsOf(history, 'licences', revoked.status, revoked.id, (r) => r.status);
      assert.equal(revokedStatus.at(Date.parse('2024-06-20T08:00:00+08:00')), 'active');
      assert.equal(revokedStatus.at(Date.now() + 60_000), 'revoked', 'a revocation with its validity still to run counts from the import');
      const [version] = history.get('licences:lic-revoked-open')!;
      assert.ok(version!.validToMs >= importedMs - 1_000 && version!.validToMs <= Date.now(), 'closed at the import');
      // A suspension dates nothing on the licence: it weighs on supervision's alerts throughout.
      const suspended = await t.store.db.selectFrom('licences').selectAll().where('id', '=', 'lic-suspended-undated').executeTakeFirstOrThrow();
      assert.equal(history.get('licences:lic-suspended-undated'), undefined);
      assert.equal(versionsOf(history, 'licences', suspended.status, suspended.id, (r) => r.status).at(Date.parse('2024-06-20T08:00:00+08:00')), 'suspended');
      await t.store.db.deleteFrom('registry_history').where('party_id', '=', undated).execute();
      await t.store.db.deleteFrom('licences').where('party_id', '=', undated).execute();
      await t.store.db.deleteFrom('parties').where('id', '=', undated).execute();
    });

    test('a re-import that changes nothing keeps no history; a change keeps the version it replaces, until its since', async () => {
      const row = await mine();
      const file = { id: MINE, party: MINER, kind: 'mine' as const, nameZh: row.name_zh, nameEn: row.name_en, region: row.region, listed: true, ...(row.licence_id === null ? {} : { licence: row.licence_id }) };
      await importRegistry(t.store, { facilities: [file] });
      assert.equal((await historyRows()).length, 0);

      await importRegistry(t.store, { facilities: [{ ...file, listed: false, since: '2024-07-01T00:00:00+08:00' }] });
      const [kept, ...more] = await historyRows();
      assert.equal(more.length, 0);
      assert.equal(kept!.entity, 'facilities');
      assert.equal(kept!.party_id, MINER);
      assert.equal(kept!.valid_from, null);
      assert.equal(kept!.valid_to, '2024-06-30T16:00:00.000Z');
      const versions = versionsOf(await readRegistryHistory(t.store.db, [MINER], []), 'facilities', facilityRecordOf(await mine()), MINE, facilityRecordOf);
      assert.equal(versions.at(Date.parse('2024-06-30T23:59:59+08:00')).listed, true, 'June: as it stood then');
      assert.equal(versions.at(Date.parse('2024-07-01T00:00:00+08:00')).listed, false);
      assert.equal(versions.current.listed, false);

      // Listed again from 09-01: the July–August version is kept, from 07-01 to 09-01.
      await importRegistry(t.store, { facilities: [{ ...file, since: '2024-09-01T00:00:00+08:00' }] });
      const second = (await historyRows())[1]!;
      assert.equal(second.valid_from, '2024-06-30T16:00:00.000Z');
      assert.equal(second.valid_to, '2024-08-31T16:00:00.000Z');
    });

    test('a change dated before the version it replaces began, or an impossible since, is refused and changes nothing', async () => {
      const row = await mine();
      const file = { id: MINE, party: MINER, kind: 'mine' as const, nameZh: row.name_zh, nameEn: row.name_en, region: row.region, listed: false };
      const before = await historyRows();
      const early = await refused(importRegistry(t.store, { facilities: [{ ...file, since: '2024-08-01T00:00:00+08:00' }] }));
      assert.equal(early.problems[0]!.path, 'facilities[0].since');
      assert.match(early.problems[0]!.reason, /since 2024-08-31T16:00:00.000Z; a change can only take effect after that/);
      const same = await refused(importRegistry(t.store, { facilities: [{ ...file, since: '2024-09-01T00:00:00+08:00' }] }));
      assert.equal(same.problems[0]!.path, 'facilities[0].since', 'a version that held for no time at all');
      const impossible = await refused(importRegistry(t.store, { facilities: [{ ...file, since: '2024-02-30T00:00:00+08:00' }] }));
      assert.equal(impossible.problems[0]!.path, 'facilities[0].since');
      const zoneless = await refused(importRegistry(t.store, { facilities: [{ ...file, since: '2024-10-01' }] }));
      assert.equal(zoneless.problems[0]!.path, 'facilities[0].since');
      assert.deepEqual(await historyRows(), before);
      assert.equal((await mine()).listed, 1);
    });

    test('a party suspended from a date keeps its active version until then; one registered suspended from a date was active before it', async () => {
      const existing = await t.store.db.selectFrom('parties').selectAll().where('id', '=', MINER).executeTakeFirstOrThrow();
      const party = { id: MINER, kind: 'enterprise' as const, roles: JSON.parse(existing.roles) as ['miner'], nameZh: existing.name_zh, nameEn: existing.name_en, region: existing.region, ...(existing.group_id === null ? {} : { group: existing.group_id }) };
      await importRegistry(t.store, { parties: [{ ...party, status: 'suspended', since: '2024-07-01T00:00:00+08:00' }] });
      const kept = (await historyRows()).find((row) => row.entity === 'parties')!;
      assert.equal(JSON.parse(kept.body).status, 'active');
      assert.equal(kept.valid_to, '2024-06-30T16:00:00.000Z');

      const newcomer = makeUscc({ authority: '9', orgType: '1', region: '360700', orgBody8: 'NEWCOM01' });
      await importRegistry(t.store, { parties: [{ id: newcomer, kind: 'enterprise', roles: ['recycler'], nameZh: '乙', nameEn: 'B', region: '360700', status: 'suspended', since: '2024-07-01T00:00:00+08:00' }] });
      const first = (await historyRows()).find((row) => row.id === newcomer)!;
      assert.equal(JSON.parse(first.body).status, 'active');
      assert.equal(first.valid_from, null);
      assert.equal(first.valid_to, '2024-06-30T16:00:00.000Z');
    });
  });
}
