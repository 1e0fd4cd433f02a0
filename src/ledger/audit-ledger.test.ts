import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import {
  captureAs, loadFixtureRegistry, MAGNET_MAKER, MAGNET_PLANT, MINE, MINER, SEPARATION_PLANT, SEPARATOR, type Keys,
} from '../testing/fixtures.ts';
import { FLOW_COLUMNS, LOT_COLUMNS, type Store } from '../store/index.ts';
import { InputRefused } from '../problems.ts';
import { Random } from '../sim/random.ts';
import { auditLedger as audit, type LedgerEvent, type ShipEvent } from './index.ts';

const T = '2024-06-01T08:00:00+08:00';
const ore = (id: string, massGrams: number): LedgerEvent => ({
  id: `extract-${id}`, kind: 'extract', time: T, facility: MINE,
  lot: { id, product: 'concentrate-bayan-obo', massGrams, composition: { Ce: massGrams / 4, La: massGrams * 0.12, Nd: massGrams * 0.08, Pr: massGrams * 0.025 } },
});

/** A small ledger with every kind of movement the state is made of: made, split, shipped whole and
 * in part, received short, processed, adjusted up and down, exported, disposed, corrected. */
async function recordChain(t: TestStore, keys: Keys): Promise<void> {
  await captureAs(t.store, keys[MINER]!, [ore('C-1', 1_000_000), ore('C-2', 2_000_000), ore('C-3', 400_000)]);
  await captureAs(t.store, keys[MINER]!, [
    { id: 'ship-1', kind: 'ship', time: T, lot: 'C-1', massGrams: 600_000, to: SEPARATOR, shipmentLot: 'C-1a' },
    { id: 'ship-2', kind: 'ship', time: T, lot: 'C-3', massGrams: 400_000, to: SEPARATOR },
    { id: 'adjust-1', kind: 'adjust', time: T, lot: 'C-2', deltaGrams: -20_000, reason: 'moisture' },
    { id: 'adjust-2', kind: 'adjust', time: T, lot: 'C-1', deltaGrams: 5_000, reason: 'stocktake' },
  ]);
  await captureAs(t.store, keys[SEPARATOR]!, [
    { id: 'recv-1', kind: 'receive', time: T, lot: `${MINER}:C-1a`, massGrams: 598_000 },
    { id: 'recv-2', kind: 'receive', time: T, lot: `${MINER}:C-3`, massGrams: 400_000 },
    {
      id: 'sep-1', kind: 'process', time: T, facility: SEPARATION_PLANT,
      inputs: [{ lot: `${MINER}:C-1a`, massGrams: 598_000 }, { lot: `${MINER}:C-3`, massGrams: 300_000 }],
      outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 80_000, composition: { Nd: 52_000, Pr: 16_000 } }],
    },
    { id: 'ship-3', kind: 'ship', time: T, lot: 'NdPr-1', massGrams: 50_000, to: MAGNET_MAKER, shipmentLot: 'NdPr-1a' },
    { id: 'dispose-1', kind: 'dispose', time: T, facility: SEPARATION_PLANT, lot: `${MINER}:C-3`, massGrams: 100_000, method: 'radioactive-waste-storage' },
  ]);
  await captureAs(t.store, keys[MAGNET_MAKER]!, [
    { id: 'recv-3', kind: 'receive', time: T, lot: `${SEPARATOR}:NdPr-1a`, massGrams: 50_000 },
    {
      id: 'mag-1', kind: 'process', time: T, facility: MAGNET_PLANT,
      inputs: [{ lot: `${SEPARATOR}:NdPr-1a`, massGrams: 50_000 }],
      outputs: [{ id: 'M-1', product: 'magnet-ndfeb-sintered', massGrams: 160_000, composition: { Nd: 32_000, Pr: 10_000 } }],
    },
    { id: 'export-1', kind: 'export', time: T, lot: 'M-1', massGrams: 60_000, destinationCountry: 'DE' },
  ]);
  // A mistake and its correction: the adjustment undone and replaced by a smaller one.
  await captureAs(t.store, keys[MINER]!, [{ id: 'adjust-3', kind: 'adjust', time: T, lot: 'C-2', deltaGrams: -300_000, reason: 'spill' }]);
  await captureAs(t.store, keys[MINER]!, [
    { id: 'fix-adjust-3', kind: 'correct', time: T, corrects: 'adjust-3', reason: 'typed 300 kg for 30 kg', replacement: { id: 'fix-adjust-3', kind: 'adjust', time: T, lot: 'C-2', deltaGrams: -30_000, reason: 'spill' } },
  ]);
}

/** The rows read and compared on this thread, or on the worker thread a large log gets; in batches of
 * a few events, so that documents straddle them. */
const MODES = [
  { name: 'on one thread', options: { parallel: false, batchEvents: 4 } },
  { name: 'with its reading thread', options: { parallel: true, awaitWorker: true, batchEvents: 4 } },
] as const;

for (const engine of engines()) for (const mode of MODES) {
  describe(`the deep check (verify --deep) on ${engine}, ${mode.name}`, () => {
    const auditLedger = (store: Store) => audit(store, mode.options);
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      await recordChain(t, keys);
    });
    after(async () => t.cleanup());

    const run = (statement: string) => sql.raw(statement).execute(t.store.db);
    /** Alters the database, runs the deep check, and puts the database back as it was. */
    async function auditAltered(alter: string, undo: string) {
      await run(alter);
      try {
        return await auditLedger(t.store);
      } finally {
        await run(undo);
      }
    }

    test('a batch size that is not a positive whole number is refused, naming it', async () => {
      for (const batchEvents of [0, -1, 2.5]) {
        await assert.rejects(audit(t.store, { ...mode.options, batchEvents }), new RegExp(`batchEvents must be a positive integer, got ${batchEvents}`));
      }
    });

    test('an untouched ledger is the state its log makes', async () => {
      const report = await auditLedger(t.store);
      assert.equal(report.ok, true, report.difference?.reason);
      assert.equal(report.events, 17);
      assert.ok(report.lots >= 7 && report.flows >= 15, `compared ${report.lots} lots and ${report.flows} flows`);
    });

    test('the reproduction of issue 23: a balance changed in the lots table is named, with what the log makes', async () => {
      const id = `${MINER}:C-2`;
      const report = await auditAltered(
        `UPDATE lots SET mass_grams_remaining = mass_grams_remaining - 500000 WHERE id = '${id}'`,
        `UPDATE lots SET mass_grams_remaining = mass_grams_remaining + 500000 WHERE id = '${id}'`,
      );
      assert.equal(report.ok, false);
      assert.equal(report.difference?.table, 'lots');
      assert.equal(report.difference?.lotId, id);
      assert.match(report.difference!.reason, /its mass_grams_remaining reads 1450000, but the log makes 1950000/);
    });

    test('the capture refuses to build on a lot whose row was altered, and records nothing', async () => {
      const id = `${MINER}:C-2`;
      const ship = (eventId: string): ShipEvent => ({ id: eventId, kind: 'ship', time: T, lot: 'C-2', massGrams: 100_000, to: SEPARATOR, shipmentLot: `${eventId}-lot` });
      const sizeBefore = (await t.store.reads.readHead()).size;
      await run(`UPDATE lots SET mass_grams_remaining = mass_grams_remaining - 1 WHERE id = '${id}'`);
      try {
        await assert.rejects(captureAs(t.store, keys[MINER]!, [ship('ship-forged')]), (error: InputRefused) => {
          assert.equal(error.problems[0]?.path, 'document.events[0].massGrams');
          assert.match(error.problems[0]!.reason, new RegExp(`lot ${id} as stored is not the state the ledger wrote for it .*altered outside the ledger`));
          return true;
        });
        // The holder, which decides who may ship the lot, is guarded as well.
        await run(`UPDATE lots SET mass_grams_remaining = mass_grams_remaining + 1, holder_id = '${SEPARATOR}' WHERE id = '${id}'`);
        await assert.rejects(captureAs(t.store, keys[SEPARATOR]!, [{ ...ship('ship-stolen'), lot: id, to: MAGNET_MAKER }]), /altered outside the ledger/);
      } finally {
        await run(`UPDATE lots SET holder_id = '${MINER}' WHERE id = '${id}'`);
      }
      assert.equal((await t.store.reads.readHead()).size, sizeBefore, 'nothing was recorded');
      assert.equal((await auditLedger(t.store)).ok, true, 'restored, the row is the log\'s again');
    });

    test('a holder, a status and an origin changed in place are each named', async () => {
      const id = `${SEPARATOR}:NdPr-1`;
      const holder = await auditAltered(`UPDATE lots SET holder_id = '${MAGNET_MAKER}' WHERE id = '${id}'`, `UPDATE lots SET holder_id = '${SEPARATOR}' WHERE id = '${id}'`);
      assert.match(holder.difference?.reason ?? '', new RegExp(`lot ${id} was altered: its holder_id reads ${MAGNET_MAKER}, but the log makes ${SEPARATOR}`));
      const status = await auditAltered(`UPDATE lots SET status = 'void' WHERE id = '${id}'`, `UPDATE lots SET status = 'active' WHERE id = '${id}'`);
      assert.match(status.difference?.reason ?? '', /its status reads void, but the log makes active/);
      const origin = await auditAltered(`UPDATE lots SET origin = replace(origin, 'mine:', 'recycled:') WHERE id = '${id}'`, `UPDATE lots SET origin = replace(origin, 'recycled:', 'mine:') WHERE id = '${id}'`);
      assert.match(origin.difference?.reason ?? '', /its origin reads/);
    });

    test('a flow altered, removed or added is named at its event', async () => {
      const altered = await auditAltered(`UPDATE lot_flows SET mass_grams = mass_grams + 1 WHERE seq = 3 AND ordinal = 0`, `UPDATE lot_flows SET mass_grams = mass_grams - 1 WHERE seq = 3 AND ordinal = 0`);
      assert.equal(altered.difference?.table, 'lot_flows');
      assert.match(altered.difference!.reason, /lot_flows row \(seq 3, ordinal 0\) was altered: its mass_grams reads 600001, but event 3 \(ship-1\) makes 600000/);
      const row = await t.store.db.selectFrom('lot_flows').selectAll().where('seq', '=', 9).where('ordinal', '=', 0).executeTakeFirstOrThrow();
      const values = `(${row.seq}, ${row.ordinal}, '${row.lot_id}', ${row.direction}, ${row.mass_grams}, '${row.elements}')`;
      const removed = await auditAltered(`DELETE FROM lot_flows WHERE seq = 9 AND ordinal = 0`, `INSERT INTO lot_flows (seq, ordinal, lot_id, direction, mass_grams, elements) VALUES ${values}`);
      assert.match(removed.difference?.reason ?? '', /lot_flows has no row \(seq 9, ordinal 0\) for lot .*, which event 9 \(sep-1\) makes/);
      const added = await auditAltered(
        `INSERT INTO lot_flows (seq, ordinal, lot_id, direction, mass_grams, elements) VALUES (0, 7, '${MINER}:C-1', 1, 999, '{}')`,
        `DELETE FROM lot_flows WHERE seq = 0 AND ordinal = 7`,
      );
      assert.match(added.difference?.reason ?? '', /lot_flows row \(seq 0, ordinal 7\) for lot .*C-1 was made by no event/);
    });

    test('a lot whose updated_seq names an earlier event than its last change is named', async () => {
      const id = `${MINER}:C-2`;
      const { updated_seq: last } = await t.store.db.selectFrom('lots').select('updated_seq').where('id', '=', id).executeTakeFirstOrThrow();
      const report = await auditAltered(`UPDATE lots SET updated_seq = 5 WHERE id = '${id}'`, `UPDATE lots SET updated_seq = ${last} WHERE id = '${id}'`);
      assert.equal(report.ok, false);
      assert.equal(report.difference?.lotId, id);
    });

    test('a lot deleted, or a lot no event made, is named', async () => {
      const forged = `${MINER}:FORGED`;
      const extra = await auditAltered(
        `INSERT INTO lots (id, holder_id, product, mass_grams, mass_grams_remaining, elements, status, created_seq, updated_seq)
         VALUES ('${forged}', '${MINER}', 'concentrate-bayan-obo', 5000, 5000, '{}', 'active', 2, 2)`,
        `DELETE FROM lots WHERE id = '${forged}'`,
      );
      assert.match(extra.difference?.reason ?? '', new RegExp(`lot ${forged} is in the lots table, but no event of the log makes it`));
      const row = await t.store.db.selectFrom('lots').selectAll().where('id', '=', `${MAGNET_MAKER}:M-1`).executeTakeFirstOrThrow();
      await t.store.db.deleteFrom('lots').where('id', '=', row.id).execute();
      try {
        const missing = await auditLedger(t.store);
        assert.match(missing.difference?.reason ?? '', /M-1, which event 13 makes, is missing from the lots table/);
      } finally {
        await t.store.db.insertInto('lots').values(row).execute();
      }
      assert.equal((await auditLedger(t.store)).ok, true, 'the ledger is whole again');
    });

    // The sweep compares with the same StoredState on either thread; on one, it spares forty
    // threads' start-up.
    if (!mode.options.parallel) {
      test('any single value changed in lots or lot_flows is found (seeded, every column)', async () => {
        const draw = new Random('deep-check-tamper');
        const random = () => draw.next();
        const lots = await t.store.db.selectFrom('lots').select('id').orderBy('id').execute();
        const flows = await t.store.db.selectFrom('lot_flows').select(['seq', 'ordinal']).orderBy('seq').orderBy('ordinal').execute();
        // Every column but the keys, whose change is a deleted row plus a forged one (tested above).
        const lotColumns = LOT_COLUMNS.filter((column) => column !== 'id');
        const flowColumns = FLOW_COLUMNS.filter((column) => column !== 'seq' && column !== 'ordinal');
        const trials: { table: string; where: string; column: string }[] = [];
        for (const column of lotColumns) {
          for (let i = 0; i < 2; i += 1) trials.push({ table: 'lots', where: `id = '${lots[Math.floor(random() * lots.length)]!.id}'`, column });
        }
        for (const column of flowColumns) {
          for (let i = 0; i < 3; i += 1) {
            const flow = flows[Math.floor(random() * flows.length)]!;
            trials.push({ table: 'lot_flows', where: `seq = ${flow.seq} AND ordinal = ${flow.ordinal}`, column });
          }
        }
        for (const { table, where, column } of trials) {
          const before = await sql.raw<Record<string, unknown>>(`SELECT ${column} AS value FROM ${table} WHERE ${where}`).execute(t.store.db);
          const value = before.rows[0]!['value'];
          const changed = changeOf(value, random);
          const literal = (v: unknown) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`);
          // A CHECK may refuse an impossible value (a negative balance): that change cannot be made.
          try {
            await run(`UPDATE ${table} SET ${column} = ${literal(changed)} WHERE ${where}`);
          } catch {
            continue;
          }
          try {
            const report = await auditLedger(t.store);
            assert.equal(report.ok, false, `${table}.${column} changed from ${String(value)} to ${String(changed)} where ${where} went unseen`);
            assert.equal(report.difference?.table, table, `${table}.${column}: ${report.difference?.reason}`);
          } finally {
            await run(`UPDATE ${table} SET ${column} = ${literal(value)} WHERE ${where}`);
          }
        }
        assert.equal((await auditLedger(t.store)).ok, true);
      });
    }
  });
}

/** A value other than `value`, of a kind its column takes. */
function changeOf(value: unknown, random: () => number): unknown {
  if (typeof value === 'number') return value + 1 + Math.floor(random() * 3);
  if (value === null) return MINER;
  const text = String(value);
  if (text === '{}') return '{"Ce":1}';
  if (text.startsWith('{')) return text.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
  return `${text}x`;
}
