// One lot at a time for the routes, one statement per batch for the database: the reads of the
// requests that arrive together (in one turn of the event loop) go to the store as one readLots
// call. Under many concurrent GET /api/lots/{id} a read then costs a share of one statement (and on
// PostgreSQL of one round trip and one pool connection) instead of one of each.
import { LOT_READS_BATCH_MAX } from '../limits.ts';
import type { LotState, Store } from '../store/index.ts';

type ReadLots = Store['reads']['readLots'];

interface Waiter {
  resolve(lot: LotState | undefined): void;
  reject(error: unknown): void;
}

export class LotReads {
  readonly #readLots: ReadLots;
  /** The ids asked for since the last batch left, each with the requests waiting for it. */
  #waiting = new Map<string, Waiter[]>();
  #scheduled = false;

  /** `readLots` is the store's (`store.reads.readLots`), called with at most LOT_READS_BATCH_MAX ids. */
  constructor(readLots: ReadLots) {
    this.#readLots = readLots;
  }

  /** The lot as it is now, or undefined when there is none. */
  read(id: string): Promise<LotState | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.#waiting.get(id);
      if (waiters === undefined) this.#waiting.set(id, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // After the poll phase, so every request whose bytes arrived in this turn has asked.
        setImmediate(() => this.#send());
      }
    });
  }

  #send(): void {
    this.#scheduled = false;
    const all = this.#waiting;
    this.#waiting = new Map();
    const ids = [...all.keys()];
    for (let start = 0; start < ids.length; start += LOT_READS_BATCH_MAX) {
      const batch = ids.slice(start, start + LOT_READS_BATCH_MAX);
      this.#readLots(batch).then(
        (lots) => {
          const byId = new Map(lots.map((lot) => [lot.id, lot]));
          for (const id of batch) for (const waiter of all.get(id)!) waiter.resolve(byId.get(id));
        },
        (error: unknown) => {
          for (const id of batch) for (const waiter of all.get(id)!) waiter.reject(error);
        },
      );
    }
  }
}
