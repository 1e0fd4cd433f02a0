// ytterby check · alerts · rules as a user runs them: real processes on a generated year.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliRunner } from '../testing/cli.ts';
import { RULES } from '../supervision/index.ts';

describe('ytterby check, alerts and rules', () => {
  let dir: string;
  const ytterby = cliRunner(() => join(dir, 'data'));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-supervision-cli-'));
    const demo = await ytterby('demo', '--scale', '0.01', '--seed', '2', '--json');
    assert.equal(demo.code, 0, demo.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('check raises the period findings, scores them against the ground truth, and raises nothing twice', async () => {
    const first = await ytterby('--json', 'check', '--score', join(dir, 'data', 'ground-truth.json'));
    assert.equal(first.code, 0, first.stderr);
    const report = JSON.parse(first.stdout) as { raised: number; findings: number; quality: { recall: number; precision: number } };
    assert.ok(report.raised > 0);
    assert.equal(report.quality.recall, 1);
    const again = JSON.parse((await ytterby('--json', 'check', '--period', '2024')).stdout) as { raised: number };
    assert.equal(again.raised, 0);
    const text = await ytterby('check', '--period', '2024-06');
    assert.match(text.stdout, /checked [\d,]+ events for 2024-06/);
  });

  test('alerts list, show and act move one alert through its case', async () => {
    const list = JSON.parse((await ytterby('--json', 'alerts', 'list', '--rule', 'late-report')).stdout) as { alerts: { id: string; party: { id: string } }[] };
    assert.ok(list.alerts.length > 0);
    const { id, party } = list.alerts[0]!;
    assert.equal((await ytterby('alerts', 'act', id, 'acknowledge', '--actor', '王芳')).code, 0);
    const asEnterprise = await ytterby('alerts', 'act', id, 'note', '--as', party.id, '--note', '已补报', '--actor', '联系人');
    assert.equal(asEnterprise.code, 0, asEnterprise.stderr);
    const forbidden = await ytterby('alerts', 'act', id, 'dismiss', '--as', party.id, '--note', 'no');
    assert.equal(forbidden.code, 1);
    assert.match(forbidden.stderr, /may not dismiss/);
    const shown = await ytterby('alerts', 'show', id);
    assert.match(shown.stdout, /v1 .* 王芳 \(regulator\) acknowledge open → acknowledged/);
    assert.match(shown.stdout, /v2 .* 联系人 \(enterprise:[0-9A-Z]{18}\) note: 已补报/);
    assert.match(shown.stdout, /actions: investigate, dismiss, assign, note/);
    assert.match(shown.stdout, /day\(s\) after the due date\n\d{4}-\d{2} 的 \d+ 个事件自 .* 起才录入，晚于报送截止时间 \d+ 天\n/, 'the Chinese summary on its own line after the English one');
    const wrongStep = await ytterby('--json', 'alerts', 'act', id, 'resolve', '--note', 'x');
    assert.equal(wrongStep.code, 1);
    assert.match(JSON.parse(wrongStep.stdout).problems[0].reason, /resolve moves an alert that is investigating; this one is acknowledged/);
  });

  test('rules list shows every rule; a bad configuration is refused whole and changes nothing', async () => {
    const rules = JSON.parse((await ytterby('--json', 'rules', 'list')).stdout) as { id: string }[];
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
    const bad = join(dir, 'bad-rules.json');
    writeFileSync(bad, JSON.stringify({ 'late-report': { thresholds: { graceHours: -1 } }, 'over-quota': { action: 'refuse' }, 'no-such-rule': {} }));
    const refused = await ytterby('--json', 'rules', 'config', bad);
    assert.equal(refused.code, 1);
    const problems = (JSON.parse(refused.stdout) as { problems: { path: string }[] }).problems.map((p) => p.path);
    assert.deepEqual(problems, ['late-report.thresholds.graceHours', 'over-quota.action', 'no-such-rule']);
    assert.deepEqual(JSON.parse((await ytterby('rules', 'config')).stdout), {});
    const good = join(dir, 'rules.json');
    writeFileSync(good, JSON.stringify({ 'misdeclared-product': { action: 'refuse', thresholds: { distributionDistanceMax: 0.3 } } }));
    assert.equal((await ytterby('rules', 'config', good)).code, 0);
    assert.deepEqual(JSON.parse((await ytterby('rules', 'config')).stdout), { 'misdeclared-product': { action: 'refuse', thresholds: { distributionDistanceMax: 0.3 } } });
  });

  test('usage errors exit 2 with the reason', async () => {
    for (const [args, reason] of [
      [['check', '--period', '2024-13'], /--period must be a month/],
      [['check', '--as-of', 'yesterday'], /--as-of must be an ISO 8601 date-time/],
      [['alerts', 'act', 'AL-x', 'fly'], /action must be one of/],
      [['alerts', 'list', '--as', 'nobody'], /--as must be one of regulator, auditor, association, public or an enterprise's USCC/],
      [['alerts', 'list', '--limit', '0'], /--limit must be a whole number from 1 to 500/],
    ] as const) {
      const result = await ytterby(...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, reason);
    }
    const missing = await ytterby('alerts', 'show', 'AL-missing');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no alert AL-missing/);
  });
});
