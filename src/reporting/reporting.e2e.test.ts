// Enterprise reporting as a small plant does it, in Debian's Chromium through playwright-core, on
// `ytterby serve` with the example registry: download the template, fill it in (programmatically,
// as a user's spreadsheet would hold it), upload it, see a planted error at its cell, fix it,
// confirm with the key file read in the browser (never uploaded), and find the events in the ledger
// under the enterprise's signature; the same file again records nothing; malformed spreadsheets are
// refused at their cells and record nothing; a form records one event; the calendar shows the month.
// Screenshots go to test-artifacts/reporting/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { signatureProblem } from '../ledger/signing.ts';
import { findKey } from '../registry/index.ts';
import { CHROMIUM_PATH } from '../stats/print-pdf.ts';
import { openStore } from '../store/index.ts';
import { cliRunner, startServing, type Serving } from '../testing/cli.ts';
import { ensureBundle } from '../web/bundle.ts';
import { parseKeyFile, type KeyFile } from './browser-signing.ts';
import { fillTemplate, minerMonth } from './reporting-fixtures.ts';
import { withoutChromium } from '../testing/prerequisites.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts/reporting');
const MINER = '91150200BYM8NE012H';
const SEPARATOR = '91150200BT8EPA0110';
const MINE = 'mine-bayan-obo-east';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('enterprise reporting in Chromium', { skip: withoutChromium }, () => {
  let dir: string;
  let serving: Serving;
  let browser: Browser;
  let page: Page;
  let keyPath: string;
  let key: KeyFile;
  let template: Buffer;
  const ytterby = cliRunner(() => join(dir, 'data'));
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  /** The ledger as a second reader sees it: events recorded, and each document with its signature. */
  async function ledger() {
    const store = await openStore({ dataDir: join(dir, 'data') });
    try {
      const documents = await store.db.selectFrom('documents').selectAll().orderBy('first_seq').execute();
      return { size: (await store.reads.readHead()).size, documents, key: await findKey(store.db, key.kid) };
    } finally {
      await store.close();
    }
  }

  async function upload(name: string, bytes: Buffer): Promise<void> {
    await page.getByTestId('report-file').setInputFiles({ name, mimeType: XLSX, buffer: bytes });
    await page.getByTestId('preview').waitFor();
  }

  const problemCells = async () => page.getByTestId('problems').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cell')));

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'ytterby-reporting-e2e-'));
    keyPath = join(dir, 'miner-key.json');
    for (const args of [
      ['registry', 'import', join(ROOT, 'docs/examples/registry.json')],
      ['keys', 'generate', '--party', MINER, '--out', keyPath],
      ['keys', 'register', keyPath, '--valid-from', '2024-01-01T00:00:00+08:00'],
    ]) assert.equal((await ytterby(...args)).code, 0, args.join(' '));
    key = parseKeyFile(readFileSync(keyPath, 'utf8')) as KeyFile;
    const made = await ytterby('tokens', 'create', '--role', 'enterprise', '--party', MINER, '--name', 'Baiyun reporting clerk');
    assert.equal(made.code, 0, made.stderr);
    const token = made.stdout.trim();
    await ensureBundle();
    serving = await startServing(join(dir, 'data'), ['serve']);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${serving.url}/`);
    await page.getByLabel(/API token|API 令牌/).fill(token);
    await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
    await page.getByTestId('who').waitFor();
  });
  after(async () => {
    await browser?.close();
    await serving?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('download, fill, a planted error at its cell, fix, confirm: the events are in the ledger under the enterprise\'s signature', async () => {
    await page.goto(`${serving.url}/reporting`);
    await page.getByTestId('key-file').setInputFiles(keyPath);
    assert.match(await page.getByTestId('key-status').innerText(), new RegExp(`Key ${key.kid} for ${MINER}`));
    await page.getByTestId('period').fill('2024-06');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    const saved = join(dir, 'template.xlsx');
    await download.saveAs(saved);
    template = readFileSync(saved);

    const rows = minerMonth(MINE, SEPARATOR, 2);
    rows['ship']![1]!['massKg'] = '80 t';
    await upload('june.xlsx', await fillTemplate(template, rows));
    assert.deepEqual(await problemCells(), ['ship!D3']);
    assert.match(await page.getByTestId('problems').innerText(), /"80 t" is not a number of kilograms/);
    assert.equal(await page.getByTestId('confirm').count(), 0, 'a report with problems cannot be confirmed');
    await shot('preview-error');

    const fixed = await fillTemplate(template, minerMonth(MINE, SEPARATOR, 2));
    writeFileSync(join(dir, 'june-fixed.xlsx'), fixed);
    await upload('june-fixed.xlsx', fixed);
    assert.match(await page.getByTestId('preview-counts').innerText(), /2024-06: 5 new, 0 corrected, 0 unchanged/);
    await page.getByTestId('confirm').click();
    await page.getByTestId('recorded').waitFor();
    assert.match(await page.getByTestId('recorded').innerText(), /Recorded: document [0-9a-f]{64}, 5 event\(s\)/);
    await shot('recorded');

    const { size, documents, key: registered } = await ledger();
    assert.equal(size, 5);
    assert.equal(documents.length, 1);
    assert.equal(documents[0]!.party_id, MINER);
    assert.equal(documents[0]!.key_id, key.kid);
    assert.equal(await signatureProblem(documents[0]!.id, documents[0]!.signature, registered!.publicJwk, key.kid), null);
    assert.equal((await ytterby('verify')).code, 0);
  });

  test('the same file uploaded again records nothing', async () => {
    await upload('june-fixed.xlsx', readFileSync(join(dir, 'june-fixed.xlsx')));
    await page.getByTestId('nothing-new').waitFor();
    assert.match(await page.getByTestId('preview-counts').innerText(), /0 new, 0 corrected, 5 unchanged/);
    assert.equal(await page.getByTestId('confirm').count(), 0);
    assert.equal((await ledger()).size, 5);
  });

  test('malformed spreadsheets: wrong sheet, merged cells, dates as text, formulas, a 50 MB file; each refused clearly, nothing recorded', async () => {
    const edited = async (edit: (wb: ExcelJS.Workbook) => void) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await fillTemplate(template, minerMonth(MINE, SEPARATOR, 1)) as unknown as ExcelJS.Buffer);
      edit(wb);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const cases: [string, (wb: ExcelJS.Workbook) => void, string, RegExp][] = [
      ['wrong-sheet', (wb) => wb.addWorksheet('Sheet1').addRow(['shipped', 12]), 'Sheet1', /unknown sheet "Sheet1"/],
      ['merged', (wb) => wb.getWorksheet('ship')!.mergeCells('F2:G2'), 'ship!F2', /merged cells F2:G2/],
      ['date-as-text', (wb) => { wb.getWorksheet('extract')!.getCell('B2').value = '2024-06-02'; }, 'extract!B2', /is text: enter it as a date cell/],
      ['formula', (wb) => { wb.getWorksheet('extract')!.getCell('F2').value = { formula: '100*1200', result: 120000 } as ExcelJS.CellFormulaValue; }, 'extract!F2', /holds a formula/],
    ];
    for (const [name, edit, cell, message] of cases) {
      await upload(`${name}.xlsx`, await edited(edit));
      assert.deepEqual(await problemCells(), [cell], name);
      assert.match(await page.getByTestId('problems').innerText(), message);
      await shot(`malformed-${name}`);
    }
    const huge = join(dir, 'huge.xlsx');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 1));
    await page.getByTestId('report-file').setInputFiles(huge);
    await page.getByText('The file is 50.0 MiB; a report is at most 20 MiB').waitFor();
    await shot('malformed-50mb');
    assert.equal((await ledger()).size, 5, 'nothing was recorded');
  });

  test('a form records one event with the same preview and signing; the calendar shows the month', async () => {
    await page.goto(`${serving.url}/reporting/forms`);
    await page.getByTestId('key-file').setInputFiles(keyPath);
    await page.getByTestId('form-kind').selectOption('adjust');
    const row = page.getByTestId('form-row-0');
    await row.locator('input[name="ref"]').fill('F1');
    await row.locator('input[name="date"]').fill('2024-06-30');
    await row.locator('input[name="lot"]').fill('BC-2024-06-00002');
    await row.locator('input[name="deltaKg"]').fill('-0.5');
    await row.locator('input[name="reason"]').fill('spill at loading');
    await page.getByTestId('form-check').click();
    await page.getByTestId('confirm').click();
    await page.getByTestId('recorded').waitFor();
    await shot('form-recorded');
    assert.equal((await ledger()).size, 6);

    await page.goto(`${serving.url}/reporting/calendar`);
    await page.locator('input[name="from"]').fill('2024-05');
    await page.locator('input[name="to"]').fill('2024-07');
    await page.getByRole('button', { name: 'Show' }).click();
    const june = page.locator(`tr[data-party="${MINER}"] td[data-period="2024-06"]`);
    await june.waitFor();
    // Recorded today, long after 10 July 2024: late.
    assert.equal(await june.getAttribute('data-status'), 'late');
    assert.match(await june.innerText(), /6 events/);
    assert.equal(await page.locator(`tr[data-party="${MINER}"] td[data-period="2024-05"]`).getAttribute('data-status'), 'missing');
    await shot('calendar');
  });
});
