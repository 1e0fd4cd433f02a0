import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { captureDocument, dryRunDocument, CAPTURE_FORMAT } from '../ledger/index.ts';
import { signatureProblem } from '../ledger/signing.ts';
import { findKey, keyIdOf, registerKey } from '../registry/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt, loadFixtureRegistry, MAGNET_MAKER, MINE, MINER, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import { REPORT_FILE_BYTES_MAX } from '../limits.ts';
import {
  generateKeyFileWebCrypto, parseKeyFile, previewReportFile, previewReportRows, readReport, recordSubmission, reportingCalendar, ReportUnreadable, signCanonicalDocument,
  templateCsv, templateLists, writeTemplateXlsx, SHEET_BY_NAME, cellOf, type KeyFile, type ReportPreview,
} from './index.ts';
import { dateCell, fillTemplate, minerMonth } from './reporting-fixtures.ts';

const JULY_5 = new Date('2024-07-05T02:00:00Z');
const JULY_20 = new Date('2024-07-20T02:00:00Z');

for (const engine of engines()) {
  describe(`reporting (${engine})`, () => {
    let t: TestStore;
    let keys: Keys;
    let key: KeyFile;
    let template: Buffer;

    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      const parsed = parseKeyFile(JSON.stringify(keys[MINER]));
      assert.ok(!('problem' in parsed));
      key = parsed;
      template = await writeTemplateXlsx((await templateLists(t.store, MINER))!, '2024-06');
    });
    after(async () => t.cleanup());

    const preview = (bytes: Uint8Array, now = JULY_5, name = 'report.xlsx') => previewReportFile(t.store, { name, bytes }, { party: MINER, keyId: key.kid, now });

    async function submit(p: ReportPreview, now = JULY_5) {
      assert.deepEqual(p.problems, []);
      assert.ok(p.document !== undefined);
      const body = await signCanonicalDocument(p.document.canonical, p.document.documentId, key);
      const signed = JSON.parse(body) as { document: never };
      const result = await captureDocument(t.store, signed, { now });
      await recordSubmission(t.store, signed.document, result, 'spreadsheet');
      return result;
    }

    it('writes a template with a sheet per kind, bilingual headings and the enterprise\'s drop-downs', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
      assert.deepEqual(workbook.worksheets.map((w) => w.name), ['README', 'lists', 'extract', 'process', 'ship', 'receive', 'export', 'deliver', 'import', 'collect', 'dispose', 'adjust']);
      assert.equal(workbook.getWorksheet('ship')!.getRow(1).getCell(4).text, '质量(kg) Mass (kg)');
      assert.equal(workbook.getWorksheet('README')!.getRow(2).getCell(2).text, MINER);
      const lists = workbook.getWorksheet('lists')!;
      assert.equal(lists.getCell('C2').text, MINE);
      const validations = (workbook.getWorksheet('extract') as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
      assert.ok(Object.values(validations).some((v) => v.formulae[0] === 'lists!$C$2:$C$2'), 'the mine column lists the miner\'s facilities');
      assert.match(templateCsv(SHEET_BY_NAME.get('ship')!), /^\uFEFF编号 Ref\.,日期 Date,批号 Lot,质量\(kg\) Mass \(kg\)/);
    });

    it('previews a planted error at its cell, records nothing, then records the fixed report signed by the enterprise', async () => {
      const rows = minerMonth(MINE, SEPARATOR, 3);
      rows['ship']![1]!['massKg'] = 130_000; // more than lot 2 holds: a hard rule of the ledger
      rows['extract']![2]!['massKg'] = 'twelve';
      const bad = await preview(await fillTemplate(template, rows));
      assert.equal(bad.document, undefined);
      assert.deepEqual(bad.problems.map((p) => `${cellOf(p)} ${p.en}`), ['extract!F4 "twelve" is not a number of kilograms (at most three decimals)'], 'cells first: the ledger checks a report whose every cell reads');
      rows['extract']![2]!['massKg'] = 120_000;
      const refused = await preview(await fillTemplate(template, rows));
      assert.equal(refused.document, undefined);
      assert.deepEqual(refused.problems.map(cellOf), ['ship!D3']);
      assert.match(refused.problems[0]!.en, /130000000 g asked of lot .*BC-2024-06-00002, which has 120000000 g left/);
      assert.match(refused.problems[0]!.zh, /账本规则拒绝此行/);
      assert.equal((await t.store.reads.readHead()).size, 0, 'a preview writes nothing');

      const good = await preview(await fillTemplate(template, minerMonth(MINE, SEPARATOR, 3)));
      assert.deepEqual(good.counts, { new: 7, corrected: 0, unchanged: 0 });
      const result = await submit(good);
      assert.equal(result.events.length, 7);
      const stored = await t.store.db.selectFrom('documents').selectAll().where('id', '=', result.documentId).executeTakeFirstOrThrow();
      const registered = (await findKey(t.store.db, key.kid))!;
      assert.equal(stored.party_id, MINER);
      assert.equal(await signatureProblem(result.documentId, stored.signature, registered.publicJwk, key.kid), null, 'the ledger holds the enterprise\'s signature');
      const lot = await t.store.reads.readLots([`${MINER}:BC-2024-06-00001`]);
      assert.equal(lot[0]!.massGramsRemaining, 120_000_000 - 80_000_500 - 150_000);
    });

    it('the same report again records nothing; a changed line becomes a correction, once', async () => {
      const same = await preview(await fillTemplate(template, minerMonth(MINE, SEPARATOR, 3)));
      assert.deepEqual(same.counts, { new: 0, corrected: 0, unchanged: 7 });
      assert.equal(same.document, undefined);
      assert.deepEqual(same.problems, []);

      const changed = minerMonth(MINE, SEPARATOR, 3);
      changed['adjust']![0]!['deltaKg'] = -200;
      const corrected = await preview(await fillTemplate(template, changed));
      assert.deepEqual(corrected.counts, { new: 0, corrected: 1, unchanged: 6 });
      const result = await submit(corrected);
      assert.deepEqual(result.events.map((e) => e.id), ['rpt-2024-06-adjust-A1~c']);
      const lot = await t.store.reads.readLots([`${MINER}:BC-2024-06-00001`]);
      assert.equal(lot[0]!.massGramsRemaining, 120_000_000 - 80_000_500 - 200_000);

      const again = await preview(await fillTemplate(template, changed));
      assert.deepEqual(again.counts, { new: 0, corrected: 0, unchanged: 7 });

      changed['adjust']![0]!['deltaKg'] = -250;
      const twice = await preview(await fillTemplate(template, changed));
      assert.equal(twice.document, undefined);
      assert.equal(cellOf(twice.problems[0]!), 'adjust!A2');
      assert.match(twice.problems[0]!.en, /corrected once already/);

      // A corrected line that makes a lot names a new one: the ledger voids the old lot, whose id stays taken.
      const reshipped = minerMonth(MINE, SEPARATOR, 3);
      reshipped['adjust']![0]!['deltaKg'] = -200;
      reshipped['ship']![2]!['massKg'] = 70_000;
      const refused = await preview(await fillTemplate(template, reshipped));
      assert.deepEqual(refused.problems.map((p) => `${cellOf(p)} ${p.en}`), [`ship!F4 lot ${MINER}:BC-2024-06-00003-S1 already exists`]);
      reshipped['ship']![2]!['shipmentLot'] = 'BC-2024-06-00003-S2';
      const reshipment = await preview(await fillTemplate(template, reshipped));
      await submit(reshipment);
      assert.equal((await t.store.reads.readLots([`${MINER}:BC-2024-06-00003-S2`]))[0]!.massGrams, 70_000_000);
    });

    it('web form rows go through the same preview', async () => {
      const form = await previewReportRows(t.store, [{ sheet: 'adjust', rows: [{ ref: 'A2', date: '2024-06-29', lot: 'BC-2024-06-00002', deltaKg: '-12.5', reason: 'spill' }] }], { party: MINER, keyId: key.kid, now: JULY_5 });
      assert.deepEqual(form.problems, []);
      assert.equal(form.period, '2024-06');
      assert.equal(form.document!.events, 1);
      const wrong = await previewReportRows(t.store, [{ sheet: 'adjust', rows: [{ ref: 'A3', date: '2024-06-29', lot: 'nope', deltaKg: '0', reason: 'x' }] }], { party: MINER, keyId: key.kid, now: JULY_5 });
      assert.deepEqual(wrong.problems.map((p) => p.field), ['deltaKg']);
    });

    it('a cell holding what no identifier or text may (pasted from elsewhere) is refused at its cell, before the ledger sees it', async () => {
      const row = { ref: 'A4', date: '2024-06-29', lot: 'BC-2024-06-00002', deltaKg: '-1', reason: 'spill' };
      const cases: [Partial<typeof row>, string, RegExp][] = [
        [{ ref: 'A\u00004' }, 'ref', /^"A\\u00004" holds U\+0000, a control character \(NUL\), at character 2/],
        [{ lot: 'BC-2024-06-00002\u202e' }, 'lot', /holds U\+202E, a bidirectional control/],
        [{ lot: 'BC-2024\u200b-06-00002' }, 'lot', /holds U\+200B, an invisible formatting character/],
        [{ reason: 'spill\ud800' }, 'reason', /holds U\+D800, a lone surrogate .* \(free text may hold tabs and line breaks/],
      ];
      for (const [change, field, reason] of cases) {
        const form = await previewReportRows(t.store, [{ sheet: 'adjust', rows: [{ ...row, ...change }] }], { party: MINER, keyId: key.kid, now: JULY_5 });
        assert.deepEqual(form.problems.map((p) => p.field), [field], JSON.stringify(form.problems));
        assert.match(form.problems[0]!.en, reason);
        assert.equal(form.document, undefined);
      }
    });

    it('the reporting calendar: submitted by the 10th, late, due and missing months', async () => {
      const july = minerMonth(MINE, SEPARATOR, 1, '2024-07');
      const late = await preview(await fillTemplate(await writeTemplateXlsx((await templateLists(t.store, MINER))!, '2024-07'), july), new Date('2024-08-13T02:00:00Z'));
      await submit(late, new Date('2024-08-13T02:00:00Z'));
      const page = await reportingCalendar(t.store, { party: MINER, from: '2024-05', to: '2024-09', now: new Date('2024-09-05T00:00:00Z') });
      const months = page.parties[0]!.months;
      assert.deepEqual(months.map((m) => [m.period, m.status]), [['2024-05', 'missing'], ['2024-06', 'submitted'], ['2024-07', 'late'], ['2024-08', 'due'], ['2024-09', 'open']]);
      const june = months[1]!;
      assert.equal(june.dueBy, '2024-07-10T23:59:59+08:00');
      assert.deepEqual(june.kinds, { extract: 3, ship: 4, adjust: 2 }, 'a correction counts under the kind of its replacement');
      assert.equal(june.corrections, 2);
      assert.equal(june.documents, 3);
      const all = await reportingCalendar(t.store, { from: '2024-06', to: '2024-06', now: JULY_20 });
      assert.equal(all.parties.length, 4, 'the regulator sees every enterprise');
      assert.equal(all.parties.find((p) => p.party === SEPARATOR)!.months[0]!.status, 'missing');
      assert.equal(all.parties.find((p) => p.party === MAGNET_MAKER)!.months[0]!.status, 'not-required', 'a magnet maker has no report due');
    });

    it('the calendar counts a document whatever door it came through (here `ytterby capture`\'s), and opens on the latest month with a report', async () => {
      const result = await captureAt(t.store, keys[MINER]!, [{ id: 'count-2409', kind: 'adjust', time: '2024-09-28T10:00:00+08:00', lot: 'BC-2024-06-00002', deltaGrams: -1_000, reason: 'stock count' }], '2024-10-08T09:00:00+08:00');
      const page = await reportingCalendar(t.store, { party: MINER, from: '2024-09', to: '2024-09', now: new Date('2024-12-20T00:00:00Z') });
      const september = page.parties[0]!.months[0]!;
      assert.deepEqual([september.status, september.documents, september.kinds, september.firstSubmittedAt], ['submitted', 1, { adjust: 1 }, result.recordedAt]);
      const opened = await reportingCalendar(t.store, { now: new Date('2026-12-07T00:00:00Z') });
      assert.equal(opened.to, '2024-09', 'the calendar opens on the latest month with a report, not on the clock\'s');
      assert.equal(opened.from, '2023-10');
    });

    it('a key made in the browser\'s way is the same kind of key the CLI makes, and registers and signs', async () => {
      const made = await generateKeyFileWebCrypto(MINER);
      assert.equal(made.kid, await keyIdOf(made.publicJwk));
      assert.ok(!('problem' in parseKeyFile(JSON.stringify(made))));
      await registerKey(t.store, { party: MINER, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: made.publicJwk.x }, validFrom: '2020-01-01T00:00:00Z' });
      const form = await previewReportRows(t.store, [{ sheet: 'adjust', rows: [{ ref: 'K1', date: '2024-06-29', lot: 'BC-2024-06-00002', deltaKg: '-1', reason: 'count' }] }], { party: MINER, keyId: made.kid, now: JULY_5 });
      const body = await signCanonicalDocument(form.document!.canonical, form.document!.documentId, made);
      const result = await captureDocument(t.store, JSON.parse(body), { now: JULY_5 });
      assert.equal(result.documentId, form.document!.documentId);
    });

    it('the dry run refuses what the capture refuses, without a signature', async () => {
      const run = await dryRunDocument(t.store, {
        format: CAPTURE_FORMAT, party: MINER, keyId: 'no-such-key', createdAt: '2024-07-01T00:00:00+08:00',
        events: [{ id: 'x', kind: 'adjust', time: '2024-06-30T00:00:00+08:00', lot: 'BC-2024-06-00001', deltaGrams: 1, reason: 'r' }],
      }, JULY_5);
      assert.deepEqual(run, { ok: false, problems: [{ path: 'document.keyId', reason: 'no registered key no-such-key' }] });
    });
  });
}

describe('reading report files', () => {
  const month = minerMonth(MINE, SEPARATOR, 2);
  let template: Buffer;
  before(async () => {
    template = await writeTemplateXlsx({ party: { id: MINER, nameZh: '白云矿业', nameEn: 'Baiyun Mining' }, facilities: [{ id: MINE, nameZh: '矿', nameEn: 'mine' }], lots: [] }, '2024-06');
  });

  async function workbookWith(edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await fillTemplate(template, month) as unknown as ExcelJS.Buffer);
    edit(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const problemsOf = async (bytes: Uint8Array, name = 'r.xlsx') => (await readReport({ name, bytes })).problems.map((p) => `${cellOf(p)} ${p.en}`);

  it('refuses an unknown sheet, by name', async () => {
    const problems = await problemsOf(await workbookWith((wb) => wb.addWorksheet('Sheet1').addRow(['x'])));
    assert.deepEqual(problems, ['Sheet1 unknown sheet "Sheet1"; a report\'s sheets are extract, process, ship, receive, export, deliver, import, collect, dispose, adjust; use the downloaded template']);
  });

  it('refuses merged cells, formulas, dates as text and unknown headings at their cells', async () => {
    const merged = await problemsOf(await workbookWith((wb) => wb.getWorksheet('ship')!.mergeCells('F2:G2')));
    assert.deepEqual(merged, ['ship!F2 merged cells F2:G2: every cell must hold its own value; unmerge them']);
    const formula = await problemsOf(await workbookWith((wb) => {
      wb.getWorksheet('extract')!.getCell('F3').value = { formula: 'F2*2', result: 240000 } as ExcelJS.CellFormulaValue;
    }));
    assert.deepEqual(formula, ['extract!F3 the cell holds a formula: a report takes values only; paste as values']);
    const text = await problemsOf(await workbookWith((wb) => {
      wb.getWorksheet('ship')!.getCell('B2').value = '2024-06-02';
    }));
    assert.deepEqual(text, ['ship!B2 the date "2024-06-02" is text: enter it as a date cell (e.g. 2024-06-03), not as text']);
    const heading = await problemsOf(await workbookWith((wb) => {
      wb.getWorksheet('adjust')!.getCell('H1').value = 'Colour';
    }));
    assert.deepEqual(heading, ['adjust!H1 unknown heading "Colour"; this sheet\'s columns are Ref., Date, Lot, Difference (kg), Reason, Composition (element mass %), Note']);
  });

  it('refuses a file over the limit before parsing it, and files that are no spreadsheet', async () => {
    const huge = new Uint8Array(50 * 1024 * 1024);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await assert.rejects(readReport({ name: 'big.xlsx', bytes: huge }), (error: unknown) => error instanceof ReportUnreadable && /50\.0 MiB, over the limit of 20\.0 MiB/.test(error.message));
    assert.ok(REPORT_FILE_BYTES_MAX < huge.byteLength);
    await assert.rejects(readReport({ name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) }), /old Excel \(\.xls\)/);
    await assert.rejects(readReport({ name: 'broken.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }), /the xlsx workbook cannot be read/);
    await assert.rejects(readReport({ name: 'x.csv', bytes: new TextEncoder().encode('a,b\n1,2\n') }), /cannot tell which sheet this CSV is/);
  });

  it('reads CSV named after its sheet, in UTF-8 or GB18030, with quoted fields', async () => {
    const csv = `${templateCsv(SHEET_BY_NAME.get('adjust')!)}A1,2024-06-28,BC-1,-150,"moisture, loss",,\r\n`;
    const read = await readReport({ name: 'adjust.csv', bytes: new TextEncoder().encode(csv) });
    assert.deepEqual(read.problems, []);
    assert.deepEqual([...read.sheets[0]!.rows[0]!.values], [['ref', 'A1'], ['date', '2024-06-28'], ['lot', 'BC-1'], ['deltaKg', '-150'], ['reason', 'moisture, loss']]);
    const gbk = Buffer.from([...Buffer.from('Ref.,Date,Lot,Difference (kg),Reason\r\nA1,2024-06-28,BC-1,-1,'), 0xcb, 0xf0, 0xba, 0xc4]); // 损耗 in GB18030
    const byHeadings = await readReport({ name: 'export from excel.csv', bytes: gbk });
    assert.equal(byHeadings.sheets[0]!.model.name, 'adjust');
    assert.equal(byHeadings.sheets[0]!.rows[0]!.values.get('reason'), '损耗');
  });

  it('a date cell and a composition turn into the event\'s time and grams', async () => {
    const read = await readReport({ name: 'r.xlsx', bytes: await fillTemplate(template, { extract: [{ ref: 'E1', date: dateCell('2024-06-03'), facility: MINE, lot: 'L1', product: 'concentrate-bayan-obo', massKg: 0.001, composition: 'Nd=50' }] }) });
    const row = read.sheets.find((s) => s.model.name === 'extract')!.rows[0]!;
    assert.ok(row.values.get('date') instanceof Date);
  });
});
