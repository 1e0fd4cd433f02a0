// The floor CI holds the rules to: on a small generated year, every labelled violation class is
// found (recall) and what the rules raise is mostly right (precision). docs/rules.md gives the
// figures at scale 1; this keeps a regression from slipping in unseen.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runDemo, type GroundTruthFile } from '../sim/run-demo.ts';
import { openStore, type Store } from '../store/index.ts';
import { allAlerts, detectionQuality, runCheck } from './index.ts';

const RECALL_FLOOR = 0.95;
const PRECISION_FLOOR = 0.9;

describe('detection quality on the demo year at scale 0.02', () => {
  let dir: string;
  let store: Store;
  let truth: GroundTruthFile;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-detect-'));
    store = await openStore({ dataDir: dir });
    await runDemo(store, { year: 2024, seed: 3, scale: 0.02, groundTruthDir: dir });
    truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruthFile;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(`recall at least ${RECALL_FLOOR} for every class and precision at least ${PRECISION_FLOOR}; a re-run raises nothing new`, async () => {
    const first = await runCheck(store);
    const alerts = await allAlerts(store, { role: 'regulator' });
    const quality = detectionQuality(alerts, truth.violations);
    for (const cls of truth.classes) {
      const q = quality.byClass[cls];
      assert.ok(q !== undefined && q.violations > 0, `the ground truth holds ${cls}`);
      assert.ok(q.recall >= RECALL_FLOOR, `${cls}: ${q.found} of ${q.violations} found; missed ${JSON.stringify(quality.missed.filter((m) => m.class === cls))}`);
    }
    assert.ok(quality.precision >= PRECISION_FLOOR, `precision ${quality.precision}: ${JSON.stringify(quality.unmatched.slice(0, 5))}`);
    const again = await runCheck(store);
    assert.equal(again.raised, 0);
    assert.equal(again.findings, first.findings);
  });
});
