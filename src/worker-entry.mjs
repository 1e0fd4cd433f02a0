// Worker threads do not inherit the tsx loader that bin/ytterby.js registers, so every worker
// starts here: register it, then load the TypeScript module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
