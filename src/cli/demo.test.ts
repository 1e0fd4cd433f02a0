// `ytterby demo` and `ytterby start` as a user runs them: real processes on a real data folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRunner, startServing } from '../testing/cli.ts';

describe('ytterby demo', () => {
  let dir: string;
  const ytterby = cliRunner(() => join(dir, 'data'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-demo-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('start on an empty data folder loads the demo industry, raises its alerts, shows the status and serves the API', async () => {
    const startDir = mkdtempSync(join(tmpdir(), 'ytterby-start-'));
    try {
      const serving = await startServing(join(startDir, 'data'), ['start']);
      const stdout = serving.output();
      assert.match(stdout, /loading the demo industry \(2024, scale 0.05\)/);
      const raised = /Supervision: (\d+) alert\(s\) raised by the capture rules as the demo year was recorded, and ([1-9]\d*) by the period rules/.exec(stdout);
      assert.ok(raised !== null, stdout);
      assert.match(stdout, /registry: 135 parties/);
      // The two add up to the status's count of alerts.
      assert.match(stdout, new RegExp(`alerts: {3}${Number(raised[1]) + Number(raised[2])} open`));
      assert.match(stdout, /ledger: {3}[1-9]\d* events/);
      const token = /A regulator's API token, shown once.*\n {2}(ytb_\S+)/.exec(stdout)?.[1];
      assert.ok(token !== undefined, stdout);
      const alerts = await fetch(`${serving.url}/api/alerts?limit=1`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(alerts.status, 200);
      assert.equal(((await alerts.json()) as { alerts: unknown[] }).alerts.length, 1);
      assert.equal(await serving.stop(), 0, 'a stop is a clean exit');
    } finally {
      rmSync(startDir, { recursive: true, force: true });
    }
  });

  test('a malformed option is a usage error that names it, and creates nothing', async () => {
    const outcome = await ytterby('demo', '--scale', 'lots');
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /--scale takes a number, got "lots"/);
    assert.equal(existsSync(join(dir, 'data', 'ground-truth.json')), false);
  });

  test('an option out of range is refused with the reason', async () => {
    const outcome = await ytterby('demo', '--year', '2999', '--scale', '0.001');
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /--year must be a whole year from 2001/);
  });

  test('generates a small year, reports it as JSON and writes the ground truth', async () => {
    const outcome = await ytterby('--json', 'demo', '--scale', '0.001', '--seed', '3');
    assert.equal(outcome.code, 0, outcome.stderr);
    const summary = JSON.parse(outcome.stdout) as { events: number; root: string; stages: Record<string, { tonnes: number }>; groundTruthFile: string };
    assert.ok(summary.events > 0);
    assert.match(summary.root, /^[0-9a-f]{64}$/);
    assert.ok(summary.stages['magnet']!.tonnes > 0);
    const truth = JSON.parse(readFileSync(summary.groundTruthFile, 'utf8')) as { generator: { root: string }; violations: unknown[] };
    assert.equal(truth.generator.root, summary.root);
    assert.ok(truth.violations.length > 0);
  });

  test('refuses to generate into a ledger that holds events', async () => {
    const outcome = await ytterby('demo', '--scale', '0.001');
    assert.equal(outcome.code, 1);
    assert.match(outcome.stderr, /the ledger is not empty/);
  });

  test('start on a database with data serves it without loading the demo again, and makes a token only once', async () => {
    const first = await startServing(join(dir, 'data'), ['start']);
    assert.equal(await first.stop(), 0);
    assert.doesNotMatch(first.output(), /loading the demo/);
    assert.match(first.output(), /registry: 135 parties/);
    assert.match(first.output(), /A regulator's API token, shown once/);
    const second = await startServing(join(dir, 'data'), ['start']);
    assert.equal(await second.stop(), 0);
    assert.doesNotMatch(second.output(), /API token/, 'a ledger with a token makes no other');
  });
});
