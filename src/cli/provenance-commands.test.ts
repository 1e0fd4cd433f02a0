// `ytterby trace`, `passport` and `passport-verify` as a user runs them: real processes on a real database.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { engines } from '../testing/engines.ts';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from './launcher-flags.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const MINER = '91150200BYM8NE012H';
const SEPARATOR = '91150200BT8EPA0110';
const GTIN = '06901234567892';

for (const engine of engines()) {
  describe(`ytterby trace and passport on ${engine}`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let schema: string | undefined;
    const ytterby = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', join(dir, 'data'), ...args], { cwd: dir, env });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const sqlExec = async (statement: string, params: unknown[]) => {
      if (engine === 'sqlite') {
        const db = new BetterSqlite3(join(dir, 'data', 'ytterby.db'));
        db.prepare(statement.replace(/\$\d/g, '?')).run(...params);
        db.close();
        return;
      }
      const client = new pg.Client({ connectionString: env['DATABASE_URL'] });
      await client.connect();
      await client.query(statement, params);
      await client.end();
    };

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ytterby-prov-cli-'));
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
      assert.equal((await ytterby('registry', 'import', join(ROOT, 'docs/examples/registry.json'))).code, 0);
      for (const [party, file] of [[MINER, 'miner-key.json'], [SEPARATOR, 'separator-key.json']] as const) {
        assert.equal((await ytterby('keys', 'generate', '--party', party, '--out', join(dir, file))).code, 0);
        assert.equal((await ytterby('keys', 'register', join(dir, file))).code, 0);
      }
      let out = await ytterby('capture', join(ROOT, 'docs/examples/capture.json'), '--key', join(dir, 'miner-key.json'));
      assert.equal(out.code, 0, out.stderr);
      writeFileSync(join(dir, 'separation.json'), JSON.stringify({ events: [
        { id: 'recv-1', kind: 'receive', time: '2024-06-11T08:00:00+08:00', lot: `${MINER}:BC-2024-06-001-S1`, massGrams: 80_000_000 },
        { id: 'sep-1', kind: 'process', time: '2024-06-20T08:00:00+08:00', facility: 'plant-baotou-separation',
          inputs: [{ lot: `${MINER}:BC-2024-06-001-S1`, massGrams: 80_000_000 }],
          outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 9_000_000, composition: { Pr: 1_500_000, Nd: 5_400_000 } }] },
      ] }));
      out = await ytterby('capture', join(dir, 'separation.json'), '--key', join(dir, 'separator-key.json'));
      assert.equal(out.code, 0, out.stderr);
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

    test('trace back to the mine, forward a page at a time, and as the separator sees it', async () => {
      let out = await ytterby('trace', `${SEPARATOR}:NdPr-1`);
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /backward trace of 91150200BT8EPA0110:NdPr-1: 3 lots/);
      assert.match(out.stdout, /\n    91150200BYM8NE012H:BC-2024-06-001  concentrate-bayan-obo  120 t  active/);
      assert.match(out.stdout, /origin:\n  mine \(mine:mine-bayan-obo-east, Bayan Obo Mining District, CN\): Pr 1\.5 t, Nd 5\.4 t\n/);
      out = await ytterby('trace', `${MINER}:BC-2024-06-001`, '--forward', '--limit', '1', '--json');
      const page = JSON.parse(out.stdout) as { lots: { ref: string }[]; next: number; lotsTotal: number };
      assert.deepEqual([page.lots.map((l) => l.ref), page.next, page.lotsTotal], [[`${MINER}:BC-2024-06-001`], 1, 3]);
      out = await ytterby('trace', `${MINER}:BC-2024-06-001`, '--forward', '--limit', '2', '--offset', '2');
      assert.match(out.stdout, /91150200BT8EPA0110:NdPr-1/);
      assert.doesNotMatch(out.stdout, /more:/);
      out = await ytterby('trace', `${SEPARATOR}:NdPr-1`, '--as', SEPARATOR, '--json');
      const seen = JSON.parse(out.stdout) as { lots: { ref: string }[] };
      assert.deepEqual(seen.lots.map((l) => l.ref), [`${SEPARATOR}:NdPr-1`, `${MINER}:BC-2024-06-001-S1`, 'lot#1']);
      assert.ok(!out.stdout.includes('mine-bayan-obo-east') && !out.stdout.includes('Baiyun'));
    });

    test('trace --mine: a year of a mine\'s output forward, by period, and the usage it refuses', async () => {
      let out = await ytterby('trace', '--mine', 'mine-bayan-obo-east', '--year', '2024', '--forward');
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /^forward trace of the 1 lots extracted at mine-bayan-obo-east from 2024-01-01T00:00:00\+08:00 to 2025-01-01T00:00:00\+08:00: 3 lots\n/);
      assert.match(out.stdout, /\n91150200BYM8NE012H:BC-2024-06-001  concentrate-bayan-obo  120 t/);
      assert.match(out.stdout, /\n    91150200BT8EPA0110:NdPr-1  oxide-ndpr/);
      out = await ytterby('trace', '--mine', 'mine-bayan-obo-east', '--from', '2024-06-03T00:00:00Z', '--to', '2024-06-04T00:00:00Z', '--limit', '1', '--json');
      const page = JSON.parse(out.stdout) as { rootsTotal: number; lotsTotal: number; lots: { ref: string; depth: number }[]; next: number };
      assert.deepEqual([page.rootsTotal, page.lotsTotal, page.lots.map((l) => l.ref), page.next], [1, 3, [`${MINER}:BC-2024-06-001`], 1]);
      out = await ytterby('trace', '--mine', 'mine-bayan-obo-east', '--year', '2023', '--json');
      assert.deepEqual((JSON.parse(out.stdout) as { lotsTotal: number }).lotsTotal, 0);
      out = await ytterby('trace', '--mine', 'mine-bayan-obo-east', '--year', '2024', '--as', SEPARATOR);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /not one of 91150200BT8EPA0110's; an enterprise traces the output of its own mines/);
      out = await ytterby('trace', '--mine', 'plant-baotou-separation', '--year', '2024');
      assert.equal(out.code, 1);
      assert.match(out.stderr, /lots are extracted at mines/);
      for (const args of [[], ['--mine', 'mine-bayan-obo-east'], ['--year', '2024', `${MINER}:BC-2024-06-001`], [`${MINER}:BC-2024-06-001`, '--mine', 'mine-bayan-obo-east', '--year', '2024'],
        ['--mine', 'mine-bayan-obo-east', '--year', '2024', '--from', '2024-01-01T00:00:00Z'], ['--mine', 'mine-bayan-obo-east', '--year', 'last']]) {
        out = await ytterby('trace', ...args);
        assert.equal(out.code, 2, args.join(' '));
      }
    });

    test('a passport is written, verifies, and fails once its event is altered in the database', async () => {
      const folder = join(dir, 'passport');
      let out = await ytterby('passport', `${SEPARATOR}:NdPr-1`, '--as', SEPARATOR, '--gtin', GTIN, '--out', folder);
      assert.equal(out.code, 0, out.stderr);
      assert.match(out.stdout, /https:\/\/id\.ytterby\.example\/01\/06901234567892\/10\/NdPr-1/);
      for (const file of ['passport.jsonld', 'qr.svg', 'qr.png']) assert.ok(existsSync(join(folder, file)), file);
      const passport = JSON.parse(readFileSync(join(folder, 'passport.jsonld'), 'utf8')) as { evidence: { event: { seq: number } } };
      out = await ytterby('passport-verify', join(folder, 'passport.jsonld'));
      assert.equal(out.code, 0, out.stdout + out.stderr);
      assert.match(out.stdout, /^valid: shape, passport signature, checkpoint signature, inclusion proof, ledger key, ledger event/);
      assert.equal((await ytterby('passport-verify', '--offline', join(folder, 'passport.jsonld'))).code, 0);
      await sqlExec(`UPDATE events SET body = replace(body, '5400000', '5500000') WHERE seq = $1`, [passport.evidence.event.seq]);
      out = await ytterby('passport-verify', join(folder, 'passport.jsonld'));
      assert.equal(out.code, 1);
      assert.match(out.stdout, /INVALID:\n  - the ledger's event 4 \(sep-1\) no longer hashes to the leaf the passport proves/);
    });

    test('bad input: unknown lot, bad numbers and parties, no GTIN, not a passport', async () => {
      let out = await ytterby('trace', 'nope');
      assert.equal(out.code, 1);
      assert.match(out.stderr, /no lot nope; lot ids are qualified/);
      for (const args of [['--limit', '0'], ['--depth', '99'], ['--offset', '-3'], ['--as', '123']]) {
        out = await ytterby('trace', `${SEPARATOR}:NdPr-1`, ...args);
        assert.equal(out.code, 2, args.join(' '));
      }
      out = await ytterby('passport', `${MINER}:BC-2024-06-001-S1`);
      assert.equal(out.code, 1);
      assert.match(out.stderr, /needs the product's GTIN/);
      out = await ytterby('passport', `${SEPARATOR}:NdPr-1`, '--gtin', '06901234567885');
      assert.equal(out.code, 1);
      assert.match(out.stderr, /passport names GTIN 06901234567892, not 06901234567885; issue it anew/);
      // The miner does not see the separator's lot: refused as a lot that does not exist.
      out = await ytterby('passport', `${SEPARATOR}:NdPr-1`, '--as', MINER, '--gtin', GTIN);
      assert.equal(out.code, 1);
      assert.equal(out.stderr, `error: no lot ${SEPARATOR}:NdPr-1\n`);
      writeFileSync(join(dir, 'not-a-passport.json'), '{"hello": 1}');
      out = await ytterby('passport-verify', join(dir, 'not-a-passport.json'));
      assert.equal(out.code, 1);
      assert.match(out.stdout, /type must be RareEarthProductPassport/);
    });
  });
}
