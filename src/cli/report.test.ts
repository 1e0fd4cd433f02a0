// `ytterby report` and `ytterby stats` as a user runs them: real processes on a small demo year.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runDemo } from '../sim/index.ts';
import { openStore } from '../store/index.ts';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from './launcher-flags.ts';
import { withoutChromium } from '../testing/prerequisites.ts';

const run = promisify(execFile);

describe('ytterby report', () => {
  let dir: string;
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const ytterby = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', join(dir, 'data'), ...args], { env, maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-report-cli-'));
    const store = await openStore({ dataDir: join(dir, 'data') });
    try {
      await runDemo(store, { year: 2024, seed: 2, scale: 0.001 });
    } finally {
      await store.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a bad year or region is a usage error that names it', async () => {
    const year = await ytterby('report', '--year', '24');
    assert.equal(year.code, 2);
    assert.match(year.stderr, /--year must be a year from 2000 to \d{4}, got 24/);
    const region = await ytterby('report', '--year', '2024', '--region', '159900');
    assert.equal(region.code, 2);
    assert.match(region.stderr, /--region 159900 is not a region code Ytterby knows in Inner Mongolia/);
  });

  test('an --out that cannot be written is refused before any work', async () => {
    const outcome = await ytterby('report', '--year', '2024', '--out', join(dir, 'no-such-folder', 'report.html'));
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /--out .*report\.html cannot be written/);
  });

  test('writes the CSV of every table, and the same figures through ytterby stats', async () => {
    const csvDir = join(dir, 'csv');
    const outcome = await ytterby('--json', 'report', '--year', '2024', '--region', '150000', '--format', 'csv', '--out', csvDir);
    assert.equal(outcome.code, 0, outcome.stderr);
    const files = readdirSync(csvDir).sort();
    assert.ok(files.includes('production.csv') && files.includes('exports-destination.csv') && files.includes('element-flows.csv'), files.join());
    const production = readFileSync(join(csvDir, 'production.csv'), 'utf8');
    assert.match(production, /^\uFEFF环节 \/ Stage,实物量 \/ Mass \(t\),折REO \/ REO \(t REO\)/);
    const stats = await ytterby('stats', 'production', '--period', '2024', '--region', '150000');
    assert.equal(stats.code, 0, stats.stderr);
    const figure = JSON.parse(stats.stdout) as { stages: { stage: string; reoGrams: number }[] };
    const mining = figure.stages.find((s) => s.stage === 'mining')!;
    const csvMining = production.split('\r\n').find((line) => line.startsWith('开采'))!.split(',');
    assert.equal(Number(csvMining[2]), mining.reoGrams / 1_000_000);
  });

  test('a year with no data writes its tables; the year before, empty in the ledger, is left blank in the CSV (— in the PDF), not written as zero', async () => {
    const csvDir = join(dir, 'csv-2024');
    const outcome = await ytterby('report', '--year', '2024', '--format', 'csv', '--out', csvDir);
    assert.equal(outcome.code, 0, outcome.stderr);
    // The demo year is 2024: the ledger holds nothing of 2023.
    const growthCsv = readFileSync(join(csvDir, 'production.csv'), 'utf8');
    const mining = growthCsv.split('\r\n').find((line) => line.startsWith('开采'))!.split(',');
    assert.equal(mining[3], '', growthCsv);
    const emptyDir = join(dir, 'csv-2020');
    const empty = await ytterby('report', '--year', '2020', '--format', 'csv', '--out', emptyDir);
    assert.equal(empty.code, 0, empty.stderr);
    assert.ok(readdirSync(emptyDir).includes('production.csv'));
  });

  test('prints the PDF with the system Chromium', { skip: withoutChromium }, async () => {
    const pdf = join(dir, 'report.pdf');
    const outcome = await ytterby('report', '--year', '2024', '--format', 'pdf', '--out', pdf);
    assert.equal(outcome.code, 0, outcome.stderr);
    const bytes = readFileSync(pdf);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 20_000);
  });
});
