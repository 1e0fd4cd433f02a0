// unlicensed-smelting: metal made from separated products outside the smelter's licence scope, beside
// the metal its licence covers and a smelter with no licence at all, on every engine at hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const SMELTER = uscc('150200', 'SMLLIC01');
const UNLICENSED = uscc('150200', 'SMLNON01');

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [SMELTER, UNLICENSED]) keys[party] = await generateKeyFile(party);
  await importRegistry(store, {
    parties: [
      { id: SMELTER, kind: 'enterprise', roles: ['metal-smelter', 'importer'], nameZh: '轻稀土冶炼', nameEn: 'Light Metals Smelting', region: '150200' },
      { id: UNLICENSED, kind: 'enterprise', roles: ['trader', 'importer'], nameZh: '无证冶炼', nameEn: 'Unlicensed Smelting', region: '150200' },
    ],
    licences: [{ id: 'light-metals', party: SMELTER, activity: 'metal-smelting', validFrom: '2025-01-01', validTo: '2026-12-31', scope: { products: ['metal-la', 'metal-ce', 'metal-nd', 'metal-ndpr'], elements: ['La', 'Ce', 'Pr', 'Nd'] } }],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const imported = (id: string, product: string, composition: Record<string, number>): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at('2025-07-01'), lot: { id, product, massGrams: 1_000_000, composition }, originCountry: 'MY' });
const smelted = (id: string, from: string, product: string, composition: Record<string, number>): LedgerEvent =>
  ({ id, kind: 'process', time: at('2025-07-10'), inputs: [{ lot: from, massGrams: 1_000_000 }], outputs: [{ id: `M-${id}`, product, massGrams: 800_000, composition }] });

for (const engine of engines()) {
  describe(`unlicensed-smelting on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-08-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('terbium metal under a licence for the light metals, and metal by a party with no smelting licence, are flagged; NdPr metal under it is not', async () => {
      await fresh();
      await record(SMELTER, [imported('NDPR', 'oxide-ndpr', { Pr: 200_000, Nd: 640_000 }), imported('TB', 'oxide-tb', { Tb: 840_000 })]);
      await record(SMELTER, [smelted('s-ndpr', 'NDPR', 'metal-ndpr', { Pr: 196_000, Nd: 600_000 }), smelted('s-tb', 'TB', 'metal-tb', { Tb: 790_000 })]);
      await record(UNLICENSED, [imported('LA', 'oxide-la', { La: 850_000 }), smelted('s-la', 'LA', 'metal-la', { La: 790_000 })]);
      const alerts = await alertsOf('unlicensed-smelting');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${SMELTER}:M-s-tb`, `${UNLICENSED}:M-s-la`].sort());
      assert.match(alerts.find((a) => a.subject === `${SMELTER}:M-s-tb`)!.summary, /0\.8 t of metal-tb \(Tb\) smelted by .* on 2025-07-10: licence light-metals covers the products metal-la, metal-ce, metal-nd, metal-ndpr, not metal-tb/);
      assert.match(alerts.find((a) => a.subject === `${UNLICENSED}:M-s-la`)!.summary, /holds no metal-smelting licence on 2025-07-10/);
      for (const alert of alerts) assert.match(String(alert.summaryZh), /冶炼/);
    });

    test('parting NdPr oxide into Pr and Nd metal is separation, which a smelting licence does not cover; Dy–Fe reduced from oxide is smelting', async () => {
      await fresh();
      await record(SMELTER, [imported('NDPR2', 'oxide-ndpr', { Pr: 200_000, Nd: 640_000 })]);
      await record(SMELTER, [{
        id: 's-split', kind: 'process', time: at('2025-07-10'), inputs: [{ lot: 'NDPR2', massGrams: 1_000_000 }],
        outputs: [{ id: 'M-pr', product: 'metal-pr', massGrams: 195_000, composition: { Pr: 194_000 } }, { id: 'M-nd', product: 'metal-nd', massGrams: 630_000, composition: { Nd: 625_000 } }],
      }]);
      await record(UNLICENSED, [imported('DY', 'oxide-dy', { Dy: 870_000 }), smelted('s-dyfe', 'DY', 'alloy-dyfe', { Dy: 800_000 })]);
      const alerts = await alertsOf('unlicensed-smelting');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${SMELTER}:M-pr`, `${UNLICENSED}:M-s-dyfe`].sort());
      assert.match(alerts.find((a) => a.subject === `${SMELTER}:M-pr`)!.summary, /parting the elements of a mixed product is separation, and .* holds no separation licence/);
      assert.match(String(alerts.find((a) => a.subject === `${SMELTER}:M-pr`)!.summaryZh), /将混合产品的元素分开属于冶炼分离/);
    });
  });
}
