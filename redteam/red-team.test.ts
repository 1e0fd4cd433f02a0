import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { validateComposition } from '../src/domain/composition.ts';
import { validateUscc } from '../src/domain/uscc.ts';
import { captureDocument } from '../src/ledger/index.ts';
import { importRegistry } from '../src/registry/index.ts';
import type { Alert } from '../src/supervision/index.ts';
import { allAlerts, runCheck } from '../src/supervision/index.ts';
import { engines, makeTestStore } from '../src/testing/engines.ts';
import { baselineCase } from './lib/baseline-case.ts';
import type { CaseLabel } from './lib/case.ts';
import { judge, namedSubjects } from './lib/judge.ts';
import { loadCases } from './lib/load-cases.ts';
import { parseScoreArgs } from './lib/score-options.ts';
import { signWorld } from './lib/sign.ts';

function alert(partyId: string, subject: string, evidence: Record<string, unknown>): Alert {
  return { id: 'AL-test', rule: { id: 'test-rule' }, party: { id: partyId }, subject, summary: 'test', evidence } as unknown as Alert;
}

describe('red-team score options', () => {
  it('reads the split, engine and case', () => {
    assert.deepEqual(parseScoreArgs(['--split', 'held-out', '--case', 'V-flows-01']), { split: 'held-out', engine: 'sqlite', only: 'V-flows-01' });
    assert.deepEqual(parseScoreArgs(['--numbers', '53,54,55']), { split: 'all', engine: 'sqlite', numbers: ['53', '54', '55'] });
  });
  it('refuses bad input, naming the flag', () => {
    assert.throws(() => parseScoreArgs(['--split', 'secret']), /--split must be one of shown, held-out, all, got secret/);
    assert.throws(() => parseScoreArgs(['--engine', 'oracle']), /--engine must be sqlite or postgres/);
    assert.throws(() => parseScoreArgs(['--case']), /--case needs a value/);
    assert.throws(() => parseScoreArgs(['--fast']), /unknown argument --fast/);
    assert.throws(() => parseScoreArgs(['--numbers', '53,5x']), /--numbers takes two-digit case numbers .*, got 5x/);
  });
});

describe('the writers\' capture-only check', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', new URL('./capture-only.ts', import.meta.url).pathname, ...args], { encoding: 'utf8' });
  it('captures a case\'s documents and says only what was refused, running no rule', () => {
    const result = run('V-flows-01');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^V-flows-01: \d+ document\(s\), all recorded$/m);
    assert.doesNotMatch(result.stdout, /AL-|alert/i);
  });
  it('refuses no case and an unknown number with exit 2, naming them', () => {
    assert.equal(run().status, 2);
    const unknown = run('99');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no case has the number or id 99/);
  });
});

describe('red-team judging', () => {
  const lot = '91150200W500RXAE7H:SEP-2506-NDPR';
  it('names a subject through the alert party, or an exact string anywhere in the subject or evidence', () => {
    assert.deepEqual(namedSubjects(alert('P1', 'P1:2025-06', {}), { parties: ['P1'] }), ['P1']);
    assert.deepEqual(namedSubjects(alert('P2', 'x', { deep: [{ lots: [lot] }] }), { lots: [lot] }), [lot]);
    assert.deepEqual(namedSubjects(alert('P2', 'P1:ev-1', {}), { events: ['P1:ev-1'] }), ['P1:ev-1']);
  });
  it('does not take a part of a string for the subject', () => {
    assert.deepEqual(namedSubjects(alert('P2', `${lot}-S1`, { note: `lot ${lot} moved` }), { lots: [lot], parties: ['P1'] }), []);
  });
  it('counts any alert or refusal on an honest case as a false alarm', () => {
    const label: CaseLabel = { id: 'H-flows-99', family: 'flows', violation: false, heldOut: false, title: 't', does: 'd', expect: 'e', find: {} };
    assert.equal(judge({ label, alerts: [], refusals: [] }).flagged, false);
    assert.equal(judge({ label, alerts: [alert('P9', 's', {})], refusals: [] }).flagged, true);
    assert.equal(judge({ label, alerts: [], refusals: [{ document: 0, message: 'refused', problems: [] }] }).flagged, true);
  });
  it('counts a refusal for a violation only when its label accepts one', () => {
    const label: CaseLabel = { id: 'V-flows-99', family: 'flows', violation: true, heldOut: false, title: 't', does: 'd', expect: 'e', find: { parties: ['P1'] } };
    const refusals = [{ document: 1, message: 'refused', problems: [] }];
    assert.equal(judge({ label, alerts: [alert('P2', 's', {})], refusals }).flagged, false);
    assert.equal(judge({ label: { ...label, refusalAcceptable: true }, alerts: [], refusals }).flagged, true);
  });
});

describe('red-team cases', () => {
  it('build worlds with valid codes, possible compositions and labels that fit their kind', async () => {
    const cases = await loadCases();
    assert.ok(cases.filter((c) => c.violation).length >= 36 && cases.filter((c) => !c.violation).length >= 36);
    for (const c of cases) {
      const { world, find } = c.build();
      for (const party of world.parties) assert.equal(validateUscc(party.id), null, `${c.id}: party ${party.nameEn}`);
      for (const document of world.documents) {
        for (const event of document.events) {
          const lots = 'lot' in event && typeof event.lot === 'object' ? [event.lot] : 'outputs' in event ? event.outputs : [];
          for (const lot of lots) assert.deepEqual(validateComposition(lot.composition, lot.massGrams), [], `${c.id}: ${event.id} lot ${lot.id}`);
        }
      }
      const subjects = [...(find.parties ?? []), ...(find.lots ?? []), ...(find.events ?? [])];
      assert.equal(subjects.length > 0, c.violation, `${c.id}: a violation names its subjects, an honest case none`);
    }
  });

  for (const engine of engines()) {
    it(`leave the baseline world (the empty scheme) without alert or refusal (${engine})`, async () => {
      const { world } = baselineCase.build();
      const signed = await signWorld(world);
      const test = await makeTestStore(engine);
      try {
        await importRegistry(test.store, signed.registry);
        for (const { recordedAt, signed: document } of signed.documents) await captureDocument(test.store, document, { now: new Date(recordedAt) });
        await runCheck(test.store, {});
        assert.deepEqual((await allAlerts(test.store, { role: 'regulator' })).map((a) => a.summary), []);
      } finally {
        await test.cleanup();
      }
    });
  }
});
