// Issue 9's bars: a monthly report of 5,000 rows validated and previewed in under 3 s, recorded in
// under 2 s. On a fresh ledger with the fixture registry, the miner's month (2,500 extractions of
// concentrate, each partly shipped: 5,000 rows on two sheets) is written into the downloaded
// template with ExcelJS, then, as `ytterby import` and the web app's upload do:
//   preview: read the xlsx, turn each row into its event, look for recorded lines, and run the
//            whole document through the ledger's dry run (the capture path's rules, no write);
//   record:  sign the previewed canonical document (WebCrypto Ed25519, the browser's module),
//            capture it (the locked capture path) and note the submission for the calendar;
//   again:   preview the same file once recorded (every line found unchanged: nothing to sign).
// Each engine at hand (SQLite; PostgreSQL when DATABASE_URL is set), --runs fresh ledgers each.
//   node --import tsx bench/reporting.ts [--rows 5000] [--runs 3]
import { availableParallelism, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { captureDocument, type SignedCaptureDocument } from '../src/ledger/index.ts';
import { parseKeyFile, previewReportFile, recordSubmission, signCanonicalDocument, templateLists, writeTemplateXlsx, type KeyFile } from '../src/reporting/index.ts';
import { fillTemplate, minerMonth } from '../src/reporting/reporting-fixtures.ts';
import { engines, makeTestStore } from '../src/testing/engines.ts';
import { loadFixtureRegistry, MINE, MINER, SEPARATOR } from '../src/testing/fixtures.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' } } });
const rows = Number(values.rows);
const runs = Number(values.runs);

interface Run {
  previewMs: number;
  readMs: number;
  recordMs: number;
  againMs: number;
  fileBytes: number;
  events: number;
}

async function once(engine: 'sqlite' | 'postgres'): Promise<Run> {
  const t = await makeTestStore(engine);
  try {
    const keys = await loadFixtureRegistry(t.store);
    const key = parseKeyFile(JSON.stringify(keys[MINER])) as KeyFile;
    const month = minerMonth(MINE, SEPARATOR, rows / 2);
    delete month['adjust'];
    const file = await fillTemplate(await writeTemplateXlsx((await templateLists(t.store, MINER))!, '2024-06'), month);
    const options = { party: MINER, keyId: key.kid };

    let started = performance.now();
    const preview = await previewReportFile(t.store, { name: 'june.xlsx', bytes: file }, options);
    const previewMs = performance.now() - started;
    if (preview.problems.length > 0 || preview.document === undefined) throw new Error(`the benchmark's report was refused: ${JSON.stringify(preview.problems.slice(0, 3))}`);

    // The reader's share of the preview, on its own (ExcelJS parsing the workbook).
    const { readReport } = await import('../src/reporting/read-report.ts');
    started = performance.now();
    await readReport({ name: 'june.xlsx', bytes: file });
    const readMs = performance.now() - started;

    started = performance.now();
    const signed = JSON.parse(await signCanonicalDocument(preview.document.canonical, preview.document.documentId, key)) as SignedCaptureDocument;
    const result = await captureDocument(t.store, signed);
    await recordSubmission(t.store, signed.document, result, 'spreadsheet');
    const recordMs = performance.now() - started;

    started = performance.now();
    const again = await previewReportFile(t.store, { name: 'june.xlsx', bytes: file }, options);
    const againMs = performance.now() - started;
    if (again.document !== undefined || again.counts.unchanged !== rows) throw new Error('the same report again should record nothing');
    return { previewMs, readMs, recordMs, againMs, fileBytes: file.byteLength, events: result.events.length };
  } finally {
    await t.cleanup();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
process.stdout.write(`reporting benchmark: ${rows} rows, ${runs} runs per engine; Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})\n`);
for (const engine of engines()) {
  const results: Run[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await once(engine));
  const column = (pick: (r: Run) => number) => `${median(results.map(pick)).toFixed(0)} / ${Math.max(...results.map(pick)).toFixed(0)} ms`;
  process.stdout.write(
    `${engine}: xlsx ${results[0]!.fileBytes} bytes, ${results[0]!.events} events\n` +
      `  validated and previewed (median / max): ${column((r) => r.previewMs)}   [of which reading the xlsx: ${column((r) => r.readMs)}]  bar 3000 ms\n` +
      `  signed and recorded:                    ${column((r) => r.recordMs)}   bar 2000 ms\n` +
      `  the same file again, previewed:         ${column((r) => r.againMs)}\n`,
  );
}
