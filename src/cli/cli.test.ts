// The `ytterby` command as a user runs it: real processes on a real database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { engines } from '../testing/engines.ts';
import { CAPTURE_SEMI_SPACE_MB } from '../limits.ts';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from './launcher-flags.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const MINER = '91150200BYM8NE012H';
const SEPARATOR = '91150200BT8EPA0110';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

for (const engine of engines()) {
  describe(`ytterby CLI on ${engine}`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let schema: string | undefined;
    const ytterby = async (...args: string[]): Promise<Outcome> => {
      try {
        const { stdout, stderr } = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', join(dir, 'data'), ...args], { cwd: dir, env });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ytterby-cli-'));
      env = { ...process.env };
      delete env['DATABASE_URL'];
      if (engine === 'postgres') {
        schema = `cli_${randomBytes(5).toString('hex')}`;
        const client = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
        await client.connect();
        await client.query(`CREATE SCHEMA ${schema}`);
        await client.end();
        const url = new URL(process.env['DATABASE_URL']!);
        url.searchParams.set('options', `-c search_path=${schema}`);
        env['DATABASE_URL'] = url.toString();
      }
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (schema !== undefined) {
        const client = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
    });

    test('init on an empty data folder creates the database and shows its status', async () => {
      const out = await ytterby('init');
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /0 events in 0 documents/);
      const status = JSON.parse((await ytterby('status', '--json')).stdout) as { engine: string; events: number };
      assert.equal(status.engine, engine);
      assert.equal(status.events, 0);
    });

    test('the README session: registry, keys, capture, lots, verify', async () => {
      let out = await ytterby('registry', 'import', join(ROOT, 'docs/examples/registry.json'));
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /imported 4 parties, 2 licences, 2 facilities, 4 quotas/);
      for (const [party, file] of [[MINER, 'miner-key.json'], [SEPARATOR, 'separator-key.json']] as const) {
        out = await ytterby('keys', 'generate', '--party', party, '--out', join(dir, file));
        assert.equal(out.code, 0, out.stderr);
        out = await ytterby('keys', 'register', join(dir, file));
        assert.equal(out.code, 0, out.stderr);
      }
      out = await ytterby('capture', join(ROOT, 'docs/examples/capture.json'), '--key', join(dir, 'miner-key.json'), '--json');
      assert.equal(out.code, 0, out.stderr);
      const result = JSON.parse(out.stdout) as { events: { seq: number }[]; treeSize: number };
      assert.equal(result.events.length, 3);
      out = await ytterby('lots', '--holder', MINER, '--json');
      const lots = (JSON.parse(out.stdout) as { lots: { id: string; massGramsRemaining: number; status: string }[] }).lots;
      assert.deepEqual(lots.map((l) => [l.id, l.massGramsRemaining, l.status]), [
        [`${MINER}:BC-2024-06-001`, 39_850_000, 'active'],
        [`${MINER}:BC-2024-06-001-S1`, 80_000_000, 'in_transit'],
      ]);
      out = await ytterby('verify', '--json');
      assert.equal(out.code, 0, out.stdout);
      const report = JSON.parse(out.stdout) as { ok: boolean; events: number; root: string };
      assert.equal(report.ok, true);
      assert.equal(report.events, 3);
      assert.match(report.root, /^[0-9a-f]{64}$/);
      const proof = JSON.parse((await ytterby('proof', 'inclusion', '1')).stdout) as { root: string; path: string[] };
      assert.equal(proof.root, report.root);
    });

    test('a refused capture exits 1 with the event and field; usage errors exit 2', async () => {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ events: [{ id: 'e1', kind: 'export', time: '2024-06-01T00:00:00+08:00', lot: 'BC-2024-06-001', massGrams: 10 ** 11, destinationCountry: 'DE' }] }));
      let out = await ytterby('capture', bad, '--key', join(dir, 'miner-key.json'));
      assert.equal(out.code, 1);
      assert.match(out.stderr, /document\.events\[0\]\.massGrams: 100000000000 g asked of lot .* which has 39850000 g left/);
      writeFileSync(bad, '{ not json');
      out = await ytterby('capture', bad, '--key', join(dir, 'miner-key.json'));
      assert.equal(out.code, 1);
      assert.match(out.stderr, /not valid JSON/);
      out = await ytterby('capture', join(ROOT, 'docs/examples/capture.json'));
      assert.equal(out.code, 2);
      assert.match(out.stderr, /not signed: pass --key/);
      out = await ytterby('frobnicate');
      assert.equal(out.code, 2);
      out = await ytterby('lots', '--limit', 'many');
      assert.equal(out.code, 2);
      out = await ytterby('keys', 'generate', '--party', '12345');
      assert.equal(out.code, 2);
      assert.match(out.stderr, /18 characters/);
    });

    test('a .jsonl file is captured document by document; a bad line stops it and is named', async () => {
      const file = join(dir, 'month.jsonl');
      const extract = (id: string) => JSON.stringify({ events: [{ id: `x-${id}`, kind: 'extract', time: '2024-06-05T00:00:00+08:00', facility: 'mine-bayan-obo-east',
        lot: { id, product: 'concentrate-bayan-obo', massGrams: 5_000_000, composition: { Ce: 1_200_000, La: 600_000 } } }] });
      writeFileSync(file, [extract('J-1'), extract('J-2'), ''].join('\n'));
      let out = await ytterby('capture', file, '--key', join(dir, 'miner-key.json'));
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /recorded 2 events in 2 document/);
      writeFileSync(file, [extract('J-3'), '{"events": [', extract('J-4')].join('\n'));
      out = await ytterby('capture', file, '--key', join(dir, 'miner-key.json'));
      assert.equal(out.code, 1);
      assert.match(out.stderr, /month\.jsonl line 2: .*the 1 document\(s\) before it were recorded/);
      const lots = (JSON.parse((await ytterby('lots', '--holder', MINER, '--json')).stdout) as { lots: { id: string }[] }).lots.map((l) => l.id);
      assert.ok(lots.includes(`${MINER}:J-3`) && !lots.includes(`${MINER}:J-4`));
    });

    test('a data folder that is a file, or a server that is not there, gets a clear error', async () => {
      writeFileSync(join(dir, 'not-a-folder'), 'x');
      let out = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', join(dir, 'not-a-folder'), 'status'], { cwd: dir, env: { ...env, DATABASE_URL: '' } })
        .then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /cannot use .*not-a-folder as the data folder: a file is in the way/);
      out = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, 'status'], { cwd: dir, env: { ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' } })
        .then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/nowhere/);
    });

    test('two processes spending one lot at once: one wins, the balance is exact', async () => {
      const spend = (id: string) => {
        const file = join(dir, `${id}.json`);
        writeFileSync(file, JSON.stringify({ events: [{ id, kind: 'export', time: '2024-06-20T00:00:00+08:00', lot: 'BC-2024-06-001', massGrams: 30_000_000, destinationCountry: 'DE' }] }));
        return ytterby('capture', file, '--key', join(dir, 'miner-key.json'));
      };
      const outcomes = await Promise.all([spend('race-a'), spend('race-b'), spend('race-c')]);
      assert.deepEqual(outcomes.map((o) => o.code).sort(), [0, 1, 1], outcomes.map((o) => o.stderr).join('\n'));
      const lots = (JSON.parse((await ytterby('lots', '--holder', MINER, '--json')).stdout) as { lots: { id: string; massGramsRemaining: number }[] }).lots;
      assert.equal(lots.find((l) => l.id === `${MINER}:BC-2024-06-001`)?.massGramsRemaining, 9_850_000);
    });

    const tamper = async (statement: string) => {
      if (engine === 'sqlite') {
        const db = new BetterSqlite3(join(dir, 'data', 'ytterby.db'));
        db.exec(statement);
        db.close();
      } else {
        const client = new pg.Client({ connectionString: env['DATABASE_URL'] });
        await client.connect();
        await client.query(statement);
        await client.end();
      }
    };

    test('a balance altered in the lots table passes verify, and verify --deep names it', async () => {
      assert.equal((await ytterby('verify', '--deep')).code, 0);
      const id = `${MINER}:BC-2024-06-001`;
      await tamper(`UPDATE lots SET mass_grams_remaining = mass_grams_remaining - 50000 WHERE id = '${id}'`);
      try {
        assert.equal((await ytterby('verify')).code, 0, 'the log itself is whole');
        const out = await ytterby('verify', '--deep');
        assert.equal(out.code, 1);
        assert.match(out.stdout, new RegExp(`STATE DIFFERS from the log in lots: lot ${id} was altered: its mass_grams_remaining reads 9800000, but the log makes 9850000`));
      } finally {
        await tamper(`UPDATE lots SET mass_grams_remaining = mass_grams_remaining + 50000 WHERE id = '${id}'`);
      }
    });

    test('a row altered in the database makes verify fail and name it', async () => {
      assert.equal((await ytterby('verify')).code, 0);
      await tamper(`UPDATE events SET body = replace(body, '120000000', '130000000') WHERE seq = 0`);
      const out = await ytterby('verify', '--json');
      assert.equal(out.code, 1);
      const report = JSON.parse(out.stdout) as { ok: boolean; broken: { seq: number; reason: string } };
      assert.equal(report.ok, false);
      assert.equal(report.broken.seq, 0);
      assert.match(report.broken.reason, /event 0 \(2024-06-extract-001\) was altered/);
    });
  });
}

describe('the launcher (bin/ytterby.js)', () => {
  test('runs through its own first line, as npx runs it, giving the applying thread the capture threads\' semi-spaces', async () => {
    assert.ok(LAUNCHER_NODE_FLAGS.includes(`--max-semi-space-size=${CAPTURE_SEMI_SPACE_MB}`), `launcher flags: ${LAUNCHER_NODE_FLAGS.join(' ')}`);
    const { stdout } = await run(YTTERBY_BIN, ['--version']);
    assert.equal(stdout.trim(), '0.1.0');
  });
});
