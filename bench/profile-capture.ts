// The capture path as `ytterby capture FILE.jsonl` runs it (prepare pool + writer), documents
// generated up front; for profiling: node --cpu-prof --import tsx bench/profile-capture.ts [events]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureStream, PreparePool } from '../src/ledger/index.ts';
import { openStore } from '../src/store/index.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';
const store = await openStore({ dataDir: mkdtempSync(join(tmpdir(), 'prof-')) });
const parties = await setUpWorkloadRegistry(store);
const texts: string[] = [];
for await (const d of workloadDocuments(parties, Number(process.argv[2] ?? 120000))) texts.push(JSON.stringify(d));
const pool = new PreparePool();
const t = performance.now();
let n = 0;
for await (const r of captureStream(store, texts, pool)) n += r.events.length;
console.log(n, Math.round(n / ((performance.now() - t) / 1000)), 'events/s');
await pool.close();
await store.close();
