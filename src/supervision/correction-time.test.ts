// A correction made through the spreadsheet door months later is dated, in the period rules, by the
// line it corrects, as the same correction sent through `ytterby capture` is (licences-and-time.test.ts
// has a receipt corrected months later): the June report corrected in November is not a late report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { captureDocument } from '../ledger/index.ts';
import { parseKeyFile, previewReportFile, signCanonicalDocument, templateLists, writeTemplateXlsx, type KeyFile } from '../reporting/index.ts';
import { fillTemplate, minerMonth } from '../reporting/reporting-fixtures.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt, loadFixtureRegistry, MINE, MINER, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import { listAlerts, runCheck } from './index.ts';

for (const engine of engines()) {
  describe(`corrections through the spreadsheet on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    let key: KeyFile;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      const parsed = parseKeyFile(JSON.stringify(keys[MINER]));
      assert.ok(!('problem' in parsed));
      key = parsed;
    });
    after(async () => t.cleanup());

    async function submit(rows: ReturnType<typeof minerMonth>, now: Date): Promise<void> {
      const template = await writeTemplateXlsx((await templateLists(t.store, MINER))!, '2024-06');
      const preview = await previewReportFile(t.store, { name: 'report.xlsx', bytes: await fillTemplate(template, rows) }, { party: MINER, keyId: key.kid, now });
      assert.deepEqual(preview.problems, []);
      const body = await signCanonicalDocument(preview.document!.canonical, preview.document!.documentId, key);
      await captureDocument(t.store, JSON.parse(body) as never, { now });
    }

    test('a June line corrected on 11-20 raises no late report', async () => {
      await submit(minerMonth(MINE, SEPARATOR, 2), new Date('2024-07-05T02:00:00Z'));
      // The separator receives both shipments in June, on time.
      await captureAt(t.store, keys[SEPARATOR]!, [1, 2].map((n) => ({
        id: `r${n}`, kind: 'receive' as const, time: '2024-06-29T08:00:00+08:00', lot: `${MINER}:BC-2024-06-0000${n}-S1`, massGrams: 80_000_500,
      })), '2024-07-06T10:00:00+08:00');
      const corrected = minerMonth(MINE, SEPARATOR, 2);
      corrected['adjust']![0]!['deltaKg'] = -200;
      await submit(corrected, new Date('2024-11-20T02:00:00Z'));
      const report = await runCheck(t.store, { asOf: '2024-12-01T00:00:00+08:00' });
      assert.equal(report.byRule['late-report']!.findings, 0, 'a correction is not a late report');
      assert.equal(report.byRule['never-received']!.findings, 0);
      assert.equal((await listAlerts(t.store, { role: 'regulator' }, { rule: 'late-report', limit: 50 })).alerts.length, 0);
    });
  });
}
