// Runs verify's content pass on a worker thread, on its own connection to the same data.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type StoreLocation } from '../store/index.ts';
import { verifyContent } from './verify-content.ts';

const store = await openStore((workerData as { store: StoreLocation }).store);
try {
  parentPort!.postMessage(await verifyContent(store));
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  await store.close();
}
