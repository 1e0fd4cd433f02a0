// Worker threads do not inherit the tsx loader that bin/ytterby.js registers, so every worker
// starts here: register it when the module named in workerData.module is TypeScript (the sources
// run as they are), then load that module. Built to JavaScript (dist/, `npm run build:cli`), it
// needs no loader.
//
// The packages named in workerData.preload are loaded first, before the loader is registered:
// tsx's hooks run for every module resolved after it, on a thread of their own, and a package of
// hundreds of files then takes twice as long to load (Kysely 342 ms against about 150 ms in a
// verify worker). The module's own imports of them find them already loaded.
import { workerData } from 'node:worker_threads';

for (const name of workerData.preload ?? []) await import(name);
if (String(workerData.module).endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
