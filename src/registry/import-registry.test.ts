import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc } from '../domain/uscc.ts';
import { InputRefused } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, GROUP, loadFixtureRegistry, MINE, MINER, type Keys } from '../testing/fixtures.ts';
import { generateKeyFile, importRegistry, listKeys, registerKey, revokeKey } from './index.ts';

const NEW_MINER = makeUscc({ authority: '9', orgType: '1', region: '360700', orgBody8: 'GZMINE01' });
const NOBODY = makeUscc({ authority: '9', orgType: '1', region: '360700', orgBody8: 'NOBODY01' });

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
  describe(`registry on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
    });
    after(async () => t.cleanup());

    const partyCount = async () => Number((await t.store.db.selectFrom('parties').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    const badFiles: [string, unknown, string, RegExp][] = [
      ['a malformed file', { parties: 'nobody' }, 'parties', /must be array/],
      ['an unknown top-level list', { enterprises: [] }, 'enterprises', /not a known field/],
      ['a mistyped credit code', { parties: [{ id: NEW_MINER.slice(0, 17) + (NEW_MINER[17] === '0' ? '1' : '0'), kind: 'enterprise', nameZh: '甲', nameEn: 'A', region: '360700' }] }, 'parties[0].id', /wrong check character/],
      ['an unknown region', { parties: [{ id: NEW_MINER, kind: 'enterprise', nameZh: '甲', nameEn: 'A', region: '369999' }] }, 'parties[0].region', /not a region code Ytterby knows in Jiangxi/],
      ['an unknown role', { parties: [{ id: NEW_MINER, kind: 'enterprise', roles: ['smuggler'], nameZh: '甲', nameEn: 'A', region: '360700' }] }, 'parties[0].roles[0]', /must be one of miner/],
      ['a group that is not a group', { parties: [{ id: NEW_MINER, kind: 'enterprise', nameZh: '甲', nameEn: 'A', region: '360700', group: MINER }] }, 'parties[0].group', /is a enterprise, not a group/],
      ['a licence ending before it starts', { licences: [{ id: 'L-x', party: MINER, activity: 'export', validFrom: '2025-01-01', validTo: '2024-01-01' }] }, 'licences[0].validTo', /ends \(2024-01-01\) before it starts/],
      ['an impossible date', { licences: [{ id: 'L-y', party: MINER, activity: 'export', validFrom: '2025-02-30', validTo: '2025-12-31' }] }, 'licences[0].validFrom', /not a calendar date/],
      ['an overlapping licence', { licences: [{ id: 'lic-mining-2', party: MINER, activity: 'mining', validFrom: '2026-06-01', validTo: '2027-12-31' }] }, 'licences[0]', /overlaps licence lic-mining-1/],
      ['a licence of an unknown party', { licences: [{ id: 'L-z', party: NOBODY, activity: 'mining', validFrom: '2025-01-01', validTo: '2025-12-31' }] }, 'licences[0].party', /no party/],
      ['a mine under a separation licence', { licences: [{ id: 'L-s', party: MINER, activity: 'separation', validFrom: '2025-01-01', validTo: '2025-12-31' }], facilities: [{ id: 'mine-2', party: MINER, kind: 'mine', nameZh: '矿', nameEn: 'Mine', region: '150206', licence: 'L-s' }] }, 'facilities[0].licence', /needs a mining licence/],
      ['allocations beyond the group quota', { quotas: [
        { id: 'Q-G', year: 2024, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 100 },
        { id: 'Q-M', year: 2024, batch: 1, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 100.5, allocatedFrom: 'Q-G' },
      ] }, 'quotas', /add up to 100.5 t REO, more than its 100 t REO/],
      ['an allocation to a non-member', { quotas: [
        { id: 'Q-G2', year: 2024, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 100 },
        { id: 'Q-X', year: 2024, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 1, allocatedFrom: 'Q-G2' },
      ] }, 'quotas[1].holder', /not a member of/],
      ['a private key', { keys: [{ party: MINER, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43), d: 'B'.repeat(43) }, validFrom: '2024-01-01T00:00:00Z' }] }, 'keys[0].publicJwk', /private key/],
      ['a key that is not Ed25519', { keys: [{ party: MINER, publicJwk: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43) }, validFrom: '2024-01-01T00:00:00Z' }] }, 'keys[0].publicJwk', /Ed25519/],
      ['a facility id with a bidirectional override', { facilities: [{ id: 'mine-\u202e2', party: MINER, kind: 'mine', nameZh: '矿', nameEn: 'Mine', region: '150206', licence: 'lic-mining-1' }] }, 'facilities[0].id', /^holds U\+202E, a bidirectional control/],
      ['a party name with a NUL', { parties: [{ id: NEW_MINER, kind: 'enterprise', nameZh: '甲\u0000', nameEn: 'A', region: '360700' }] }, 'parties[0].nameZh', /^holds U\+0000, a control character \(NUL\)/],
      ['duplicate ids', { parties: [
        { id: NEW_MINER, kind: 'enterprise', nameZh: '甲', nameEn: 'A', region: '360700' },
        { id: NEW_MINER, kind: 'enterprise', nameZh: '乙', nameEn: 'B', region: '360700' },
      ] }, 'parties[1].id', /appears twice/],
    ];
    for (const [what, file, path, reason] of badFiles) {
      test(`refuses ${what}, names it, and imports nothing`, async () => {
        const before = await partyCount();
        const error = await refused(importRegistry(t.store, { parties: [{ id: NEW_MINER, kind: 'enterprise', nameZh: '甲', nameEn: 'A', region: '360700' }], ...(file as object) }));
        const problem = error.problems.find((p) => p.path === path);
        assert.ok(problem, `${path} in ${JSON.stringify(error.problems)}`);
        assert.match(problem.reason, reason);
        assert.equal(await partyCount(), before);
      });
    }

    test('a valid file is imported, and importing it again changes nothing', async () => {
      const file = {
        parties: [{ id: NEW_MINER, kind: 'enterprise' as const, roles: ['miner' as const], nameZh: '赣州矿业', nameEn: 'Ganzhou Mining', region: '360700', group: GROUP }],
        quotas: [
          { id: 'Q-ION', year: 2024, batch: 1, holder: GROUP, activity: 'mining' as const, oreType: 'ionic' as const, tonnesReo: 10140 },
          { id: 'Q-ION-GZ', year: 2024, batch: 1, holder: NEW_MINER, activity: 'mining' as const, oreType: 'ionic' as const, tonnesReo: 3000, allocatedFrom: 'Q-ION' },
        ],
      };
      const before = await partyCount();
      assert.deepEqual(await importRegistry(t.store, file), { parties: 1, licences: 0, facilities: 0, quotas: 2, keys: 0 });
      await importRegistry(t.store, file);
      assert.equal(await partyCount(), before + 1);
    });

    test('two imports at once, from two stores, cannot both allocate the same group quota: one is refused and the total holds', async () => {
      await importRegistry(t.store, { quotas: [{ id: 'Q-RACE', year: 2025, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 100 }] });
      const other = await t.reopen();
      try {
        for (let round = 0; round < 5; round += 1) {
          const allocation = (store: typeof other, id: string) => importRegistry(store, {
            quotas: [{ id, year: 2025, batch: 1, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 60, allocatedFrom: 'Q-RACE' }],
          });
          const results = await Promise.allSettled([allocation(t.store, `Q-RACE-A${round}`), allocation(other, `Q-RACE-B${round}`)]);
          const refusals = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
          // The first round has room for one of the two; after it, for neither.
          assert.equal(refusals.length, round === 0 ? 1 : 2, JSON.stringify(results));
          for (const { reason } of refusals) {
            assert.ok(reason instanceof InputRefused, String(reason));
            assert.match(reason.problems.map((p) => p.reason).join('\n'), /allocations from Q-RACE add up to 120 t REO, more than its 100 t REO/);
          }
          const allocated = await t.store.db.selectFrom('quotas').select('reo_kg').where('parent_id', '=', 'Q-RACE').execute();
          assert.deepEqual(allocated.map((row) => Number(row.reo_kg)), [60_000]);
        }
      } finally {
        await other.close();
      }
    });

    test('a key rotates: the old one stops signing when the new one starts; a revoked key cannot be rotated', async () => {
      const next = await generateKeyFile(MINER);
      const startsAt = new Date(Date.now() - 60_000).toISOString();
      await registerKey(t.store, { party: MINER, publicJwk: next.publicJwk, validFrom: startsAt, replaces: keys[MINER]!.kid });
      const listed = await listKeys(t.store, MINER);
      assert.equal(listed.find((k) => k.id === keys[MINER]!.kid)?.validTo, startsAt);
      const extract = { id: 'rot-1', kind: 'extract' as const, time: '2024-06-01T00:00:00Z', facility: MINE, lot: { id: 'ROT-1', product: 'concentrate-bayan-obo', massGrams: 10, composition: {} } };
      const error = await refused(captureAs(t.store, keys[MINER]!, [extract]));
      assert.match(error.problems[0]!.reason, /expired .* \(rotated\)/);
      await captureAs(t.store, next, [extract]);
      await revokeKey(t.store, next.kid, new Date(), 'test');
      await assert.rejects(revokeKey(t.store, next.kid, new Date(), 'again'), /already revoked/);
      await assert.rejects(registerKey(t.store, { party: MINER, publicJwk: keys[MINER]!.publicJwk, validFrom: startsAt, replaces: next.kid }), /was revoked/);
      await assert.rejects(revokeKey(t.store, 'no-such-key', new Date(), 'x'), /no registered key/);
    });
  });
}
