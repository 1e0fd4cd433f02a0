// Captures a stream of documents in order, preparing the next ones on the pool's threads while
// the writer records the current one. A refusal stops the stream: the documents before it are
// recorded, the refused one and those after it are not.
import type { Store } from '../store/index.ts';
import { capturePrepared, type CaptureResult } from './capture-document.ts';
import type { PreparedDocument } from './prepare-document.ts';
import type { PreparePool } from './prepare-pool.ts';

/** Documents prepared ahead of the writer: enough to keep every worker busy, few enough that a
 * stream of large documents does not pile up in memory. */
const LOOKAHEAD_DOCUMENTS = 4;

export async function* captureStream(store: Store, texts: AsyncIterable<string> | Iterable<string>, pool: PreparePool): AsyncGenerator<CaptureResult> {
  const ahead: Promise<PreparedDocument>[] = [];
  const iterator = (Symbol.asyncIterator in texts ? texts[Symbol.asyncIterator]() : (texts as Iterable<string>)[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && ahead.length < LOOKAHEAD_DOCUMENTS) {
      const next = await iterator.next();
      if (next.done === true) exhausted = true;
      else {
        const prepared = pool.prepare(next.value);
        // A refusal is reported when its turn comes; until then it must not count as unhandled.
        prepared.catch(() => undefined);
        ahead.push(prepared);
      }
    }
  };
  await fill();
  while (ahead.length > 0) {
    const prepared = await ahead.shift()!;
    await fill();
    yield await capturePrepared(store, prepared);
  }
}
