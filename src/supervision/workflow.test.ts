// The case workflow and who may move it: pure transitions and policies, then the same through the
// database on every engine, with history, version checks and refusals that change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InputRefused } from '../problems.ts';
import type { Store } from '../store/index.ts';
import { ALERT_COLUMNS } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { GROUP, MINER, loadFixtureRegistry } from '../testing/fixtures.ts';
import { alertRow } from './alert-rows.ts';
import { actOnAlert, getAlert, listAlerts } from './alerts.ts';
import { mayAct, maySeeAlert } from './policies.ts';
import { actionsFrom, nextStatus } from './workflow.ts';
import type { Finding } from './rule.ts';

describe('alert workflow (pure)', () => {
  test('open → acknowledged → investigating → resolved, and dismissed from any open stage', () => {
    assert.deepEqual(nextStatus('open', 'acknowledge'), { to: 'acknowledged' });
    assert.deepEqual(nextStatus('acknowledged', 'investigate'), { to: 'investigating' });
    assert.deepEqual(nextStatus('investigating', 'resolve'), { to: 'resolved' });
    for (const from of ['open', 'acknowledged', 'investigating'] as const) assert.deepEqual(nextStatus(from, 'dismiss'), { to: 'dismissed' });
    assert.deepEqual(nextStatus('resolved', 'reopen'), { to: 'investigating' });
  });
  test('refuses skipped and backward steps, and moves out of a closed case but by reopening', () => {
    assert.match((nextStatus('open', 'resolve') as { refused: string }).refused, /resolve moves an alert that is investigating; this one is open/);
    assert.ok('refused' in nextStatus('open', 'investigate'));
    assert.ok('refused' in nextStatus('investigating', 'acknowledge'));
    assert.ok('refused' in nextStatus('dismissed', 'resolve'));
    assert.ok('refused' in nextStatus('resolved', 'assign'));
    assert.ok('refused' in nextStatus('open', 'reopen'));
    assert.deepEqual(actionsFrom('resolved'), ['reopen', 'note']);
  });
  test('policies: regulators act, auditors and the enterprise concerned add notes, nobody else sees the alert', () => {
    assert.ok(mayAct({ role: 'regulator' }, 'resolve', MINER));
    assert.ok(!mayAct({ role: 'auditor' }, 'acknowledge', MINER));
    assert.ok(mayAct({ role: 'auditor' }, 'note', MINER));
    assert.ok(mayAct({ role: 'enterprise', party: MINER }, 'note', MINER));
    assert.ok(!mayAct({ role: 'enterprise', party: MINER }, 'dismiss', MINER));
    assert.ok(!mayAct({ role: 'enterprise', party: GROUP }, 'note', MINER));
    assert.ok(!maySeeAlert({ role: 'enterprise', party: GROUP }, MINER));
    assert.ok(!maySeeAlert({ role: 'association' }, MINER));
    assert.ok(!maySeeAlert({ role: 'public' }, MINER));
  });
});

const finding = (key: string): Finding => ({
  ruleId: 'late-report', key, partyId: MINER, period: '2024-06', subject: key, summary: 'late', evidence: { events: [], lots: [], thresholds: { graceHours: 0 } },
});

for (const engine of engines()) {
  describe(`alert workflow on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let id: string;
    before(async () => {
      t = await makeTestStore(engine);
      store = t.store;
      await loadFixtureRegistry(store);
      const rows = [finding(`${MINER}:2024-06`), finding(`${MINER}:2024-07`)].map((f) => alertRow(f, '2024-07-11T00:00:00.000Z', 'check'));
      await store.db.insertInto('alerts').values(rows.map((row) => Object.fromEntries(ALERT_COLUMNS.map((c, i) => [c, row[i]]))) as never).execute();
      id = rows[0]![0];
    });
    after(async () => t.cleanup());

    test('moves an alert through its case with a full history', async () => {
      const regulator = { role: 'regulator' as const };
      await actOnAlert(store, regulator, id, { action: 'acknowledge', actor: '王芳' });
      await actOnAlert(store, regulator, id, { action: 'assign', actor: '王芳', assignee: '李强' });
      await actOnAlert(store, { role: 'enterprise', party: MINER }, id, { action: 'note', actor: '企业联系人', note: '系统故障导致逾期，已补报' });
      await actOnAlert(store, regulator, id, { action: 'investigate', actor: '李强' });
      const done = await actOnAlert(store, regulator, id, { action: 'resolve', actor: '李强', note: 'warning issued', expectedVersion: 4 });
      assert.equal(done.alert.status, 'resolved');
      assert.equal(done.alert.assignee, '李强');
      assert.deepEqual(done.history.map((h) => [h.version, h.action, h.fromStatus, h.toStatus]), [
        [1, 'acknowledge', 'open', 'acknowledged'], [2, 'assign', 'acknowledged', 'acknowledged'], [3, 'note', 'acknowledged', 'acknowledged'],
        [4, 'investigate', 'acknowledged', 'investigating'], [5, 'resolve', 'investigating', 'resolved'],
      ]);
      assert.equal(done.history[2]!.actorRole, `enterprise:${MINER}`);
      assert.deepEqual(done.actions, ['reopen', 'note']);
    });

    test('refuses what is not allowed, says why, and changes nothing', async () => {
      const [, other] = (await listAlerts(store, { role: 'regulator' })).alerts.sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : 0));
      const otherId = other!.id;
      const refusals: [Parameters<typeof actOnAlert>[1], Parameters<typeof actOnAlert>[3], RegExp][] = [
        [{ role: 'regulator' }, { action: 'resolve', actor: 'x', note: 'n' }, /resolve moves an alert that is investigating; this one is open/],
        [{ role: 'regulator' }, { action: 'dismiss', actor: 'x' }, /dismiss needs a note/],
        [{ role: 'regulator' }, { action: 'assign', actor: 'x' }, /names who takes the case/],
        [{ role: 'regulator' }, { action: 'acknowledge', actor: ' ' }, /names who acts/],
        [{ role: 'regulator' }, { action: 'acknowledge', actor: 'x', expectedVersion: 3 }, /has moved since version 3/],
        [{ role: 'regulator' }, { action: 'fly' as never, actor: 'x' }, /action: must be one of/],
        [{ role: 'auditor' }, { action: 'acknowledge', actor: 'x' }, /an auditor may not acknowledge an alert; it may add notes/],
        [{ role: 'enterprise', party: MINER }, { action: 'dismiss', actor: 'x', note: 'n' }, /may not dismiss/],
        [{ role: 'enterprise', party: GROUP }, { action: 'note', actor: 'x', note: 'n' }, /no alert/],
        [{ role: 'association' }, { action: 'note', actor: 'x', note: 'n' }, /no alert/],
      ];
      for (const [viewer, move, reason] of refusals) {
        await assert.rejects(actOnAlert(store, viewer, otherId, move), (error: Error) => {
          const text = error instanceof InputRefused ? error.problems.map((p) => `${p.path}: ${p.reason}`).join('; ') : error.message;
          assert.match(text, reason);
          return true;
        });
      }
      const unchanged = await getAlert(store, { role: 'regulator' }, otherId);
      assert.equal(unchanged.alert.status, 'open');
      assert.equal(unchanged.alert.version, 0);
      assert.equal(unchanged.history.length, 0);
      await assert.rejects(actOnAlert(store, { role: 'regulator' }, 'AL-nope', { action: 'acknowledge', actor: 'x' }), /no alert AL-nope/);
    });

    test('lists alerts by filter, a page at a time, and only the enterprise\'s own to an enterprise', async () => {
      const all = await listAlerts(store, { role: 'auditor' }, { limit: 1 });
      assert.equal(all.alerts.length, 1);
      assert.ok(all.next !== undefined);
      const rest = await listAlerts(store, { role: 'auditor' }, { limit: 1, after: all.next });
      assert.equal(rest.alerts.length, 1);
      assert.equal(rest.next, undefined);
      assert.equal((await listAlerts(store, { role: 'regulator' }, { status: 'resolved' })).alerts.length, 1);
      assert.equal((await listAlerts(store, { role: 'regulator' }, { region: '15' })).alerts.length, 2, 'the miner is in Baotou (150200)');
      assert.equal((await listAlerts(store, { role: 'regulator' }, { region: '33' })).alerts.length, 0);
      assert.equal((await listAlerts(store, { role: 'regulator' }, { period: '2024' })).alerts.length, 2);
      assert.equal((await listAlerts(store, { role: 'enterprise', party: MINER })).alerts.length, 2);
      assert.equal((await listAlerts(store, { role: 'enterprise', party: GROUP })).alerts.length, 0);
      await assert.rejects(listAlerts(store, { role: 'association' }), /sees no alerts/);
      await assert.rejects(listAlerts(store, { role: 'regulator' }, { status: 'lost' }), (e: InputRefused) => e.problems[0]!.path === 'status');
      await assert.rejects(listAlerts(store, { role: 'regulator' }, { limit: 0 }), (e: InputRefused) => e.problems[0]!.path === 'limit');
      await assert.rejects(listAlerts(store, { role: 'regulator' }, { rule: 'no-such-rule' }), (e: InputRefused) => e.problems[0]!.path === 'rule');
      await assert.rejects(listAlerts(store, { role: 'regulator' }, { period: '2024-13' }), (e: InputRefused) => e.problems[0]!.path === 'period');
    });
  });
}
