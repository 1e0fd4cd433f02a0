// Capture only, documents generated up front: for profiling the capture path with --cpu-prof.
//   node --cpu-prof --import tsx bench/profile-capture.ts 60000
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureDocument } from '../src/ledger/index.ts';
import { openStore } from '../src/store/index.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';
const store = await openStore(process.env['DATABASE_URL'] ? { databaseUrl: process.env['DATABASE_URL'], postgres: { schema: 'prof_' + Date.now() } } : { dataDir: mkdtempSync(join(tmpdir(), 'prof-')) });
const parties = await setUpWorkloadRegistry(store);
const docs = [];
for await (const d of workloadDocuments(parties, Number(process.argv[2] ?? 60000))) docs.push(d);
const t = performance.now();
let n = 0;
for (const d of docs) n += (await captureDocument(store, d)).events.length;
const s = (performance.now() - t) / 1000;
console.log(n, 'events', s.toFixed(2), 's', Math.round(n / s), 'events/s');
await store.close();
