// The chain's end: a lot delivered to a final user, through the JSON capture and the spreadsheet
// (the EPCIS door's mapping is in src/epcis/mapping.test.ts), on every engine at hand; what may
// not leave the chain so is refused with the field named and nothing written; and what was
// delivered is no one's stock afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import { InputRefused } from '../problems.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import { SHEET_BY_NAME } from '../reporting/template-model.ts';
import { entriesOf } from '../reporting/report-events.ts';
import type { ReportProblem } from '../reporting/report-problem.ts';
import { refreshStats, stocks, sumFacts } from '../stats/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';
import type { LedgerEvent } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const MAKER = uscc('330200', 'DLVMAG01');
const SEPARATOR = uscc('150200', 'DLVSEP01');
const MOTORS = uscc('320500', 'DLVEND01');

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = { [MAKER]: await generateKeyFile(MAKER) };
  await importRegistry(store, {
    parties: [
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'importer'], nameZh: '交付磁材', nameEn: 'Delivery Magnets', region: '330200' },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: '交付分离', nameEn: 'Delivery Separation', region: '150200' },
      { id: MOTORS, kind: 'enterprise', roles: ['end-user'], nameZh: '苏州电机有限公司', nameEn: 'Suzhou Motors', region: '320500' },
    ],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const MAGNETS = { id: 'MAG-1', product: 'magnet-ndfeb-sintered', massGrams: 1_000_000, composition: { Pr: 75_000, Nd: 225_000 } };
const CONCENTRATE = { id: 'CON-1', product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 } };
const imported = (id: string, lot: typeof MAGNETS): LedgerEvent => ({ id, kind: 'import', time: at('2025-03-02'), lot, originCountry: 'JP' });
const delivery = (id: string, lot: string, massGrams: number, customer: { name: string; id?: string } = { name: '苏州电机有限公司', id: MOTORS }): LedgerEvent =>
  ({ id, kind: 'deliver', time: at('2025-03-10'), lot, massGrams, customer, sector: 'motors', contract: 'HT-2025-031' });

async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof InputRefused, `not refused: ${String(error)}`);
  return error.problems.map((p) => `${p.path}: ${p.reason}`).join('\n');
}

for (const engine of engines()) {
  describe(`delivery to a final user on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-03-12T10:00:00+08:00');
    const { fresh, record } = world;
    const lotRow = (id: string) => world.store.db.selectFrom('lots').select(['mass_grams_remaining', 'status']).where('id', '=', `${MAKER}:${id}`).executeTakeFirstOrThrow();

    test('a magnet maker delivers magnets to a motor maker, registered or not: the lot leaves the chain and is no one\'s stock', async () => {
      await fresh();
      await record(MAKER, [imported('imp-1', MAGNETS)]);
      await record(MAKER, [delivery('dlv-1', 'MAG-1', 600_000), delivery('dlv-2', 'MAG-1', 150_000, { name: '宁波家电有限公司' })]);
      assert.deepEqual(await lotRow('MAG-1'), { mass_grams_remaining: 250_000, status: 'active' });
      await refreshStats(world.store);
      const year = { from: '2025-01', to: '2025-12' };
      const held = await stocks(world.store.db, year);
      assert.deepEqual(held.byCategory.map((r) => [r.category, r.massGrams]), [['magnet', 250_000]]);
      const delivered = await sumFacts(world.store.db, year, { measures: ['delivered'], groupBy: ['measure', 'activity', 'product'] });
      assert.deepEqual(delivered.map((f) => [f.activity, f.product, f.massGrams]), [['motors', 'magnet-ndfeb-sintered', 750_000]]);
    });

    test('what may not leave the chain to a final user is refused with the field named, and nothing is written', async () => {
      await fresh();
      await record(MAKER, [imported('imp-1', MAGNETS), imported('imp-2', CONCENTRATE)]);
      assert.match(await refusal(record(MAKER, [delivery('dlv-1', 'MAG-1', 100_000), delivery('dlv-2', 'CON-1', 1_000_000)])),
        /document\.events\[1\]\.lot: lot .*:CON-1 is concentrate-bayan-obo, a concentrate that may not leave the chain to a final user: concentrate goes to a licensed separator/);
      assert.match(await refusal(record(MAKER, [delivery('dlv-3', 'MAG-1', 100_000, { name: '交付分离', id: SEPARATOR })])),
        /document\.events\[0\]\.customer\.id: .* is registered as separator, inside the traced chain: ship the lot to it/);
      assert.match(await refusal(record(MAKER, [delivery('dlv-4', 'MAG-1', 1_000_001)])), /document\.events\[0\]\.massGrams/);
      assert.match(await refusal(record(MAKER, [{ ...delivery('dlv-5', 'MAG-1', 1), sector: 'toys' } as unknown as LedgerEvent])), /sector/);
      assert.match(await refusal(record(MAKER, [{ ...delivery('dlv-6', 'MAG-1', 1), customer: { id: MOTORS } } as unknown as LedgerEvent])), /customer/);
      assert.deepEqual(await lotRow('MAG-1'), { mass_grams_remaining: 1_000_000, status: 'active' }, 'the refused documents changed nothing');
      await record(MAKER, [delivery('dlv-7', 'MAG-1', 1_000_000)]);
      assert.deepEqual(await lotRow('MAG-1'), { mass_grams_remaining: 0, status: 'exhausted' });
      assert.match(await refusal(record(MAKER, [delivery('dlv-8', 'MAG-1', 1)])), /document\.events\[0\]\.(lot|massGrams)/, 'a delivered lot cannot be spent again');
    });
  });
}

test('a deliver line of the monthly spreadsheet is the same event as the JSON capture\'s', () => {
  const model = SHEET_BY_NAME.get('deliver')!;
  const keys = model.columns.map((c) => c.key);
  const letters = new Map(keys.map((key, i) => [key, String.fromCharCode(65 + i)]));
  const line = { ref: '1', date: '2025-03-10 08:00', lot: 'MAG-1', massKg: '600', customerName: '苏州电机有限公司', customerId: MOTORS.toLowerCase(), sector: 'motors', contract: 'HT-2025-031' };
  const problems: ReportProblem[] = [];
  const entries = entriesOf([{ model, letters, rows: [{ row: 2, values: new Map(Object.entries(line)) }] }], '2025-03', problems);
  assert.equal(problems.length, 0, JSON.stringify(problems));
  const { id: _id, ...event } = entries[0]!.event as Extract<LedgerEvent, { kind: 'deliver' }>;
  const { id: _jsonId, ...expected } = delivery('x', 'MAG-1', 600_000) as Extract<LedgerEvent, { kind: 'deliver' }>;
  assert.deepEqual(event, expected);
  const { customerName: _name, ...unnamed } = line;
  const rows = [{ row: 3, values: new Map(Object.entries({ ...line, sector: 'toys' })) }, { row: 4, values: new Map(Object.entries({ ...unnamed, ref: '2' })) }];
  assert.deepEqual(entriesOf([{ model, letters, rows }], '2025-03', problems), []);
  assert.deepEqual(problems.map((p) => [p.row, p.field]).sort(), [[3, 'sector'], [4, 'customerName']]);
});
