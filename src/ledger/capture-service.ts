// Capture for a server: documents arrive concurrently, each from its own request, and each is
// answered on its own. They are prepared on the pool's threads, applied in the order their
// requests asked to record them, and committed by the engine's writer thread, which commits the
// documents that queue up behind one commit together (one fsync for the group). A refused document
// is answered with its refusal; the others go on. Nothing runs on the request loop but the apply
// step, so a large capture no longer freezes the server.
import { IN_FLIGHT_DOCUMENTS_MAX } from '../limits.ts';
import type { Store } from '../store/index.ts';
import type { CaptureResult } from './apply-document.ts';
import { CapturePipeline, type Settled } from './capture-stream.ts';
import { PreparePool } from './prepare-pool.ts';
import type { PreparedDocument } from './prepare-document.ts';

interface Waiting {
  prepared: PreparedDocument;
  resolve: (result: CaptureResult) => void;
  reject: (error: unknown) => void;
}

export class CaptureService {
  readonly #pool: PreparePool;
  readonly #pipeline: CapturePipeline;
  /** Documents asked to be recorded, not yet offered to the pipeline, in order. */
  readonly #queue: Waiting[] = [];
  /** Documents offered, awaiting their commit, in order: they settle in this order. */
  readonly #inFlight: Waiting[] = [];
  #driving: Promise<void> | undefined;
  #closed = false;

  private constructor(pool: PreparePool, pipeline: CapturePipeline) {
    this.#pool = pool;
    this.#pipeline = pipeline;
  }

  static async open(store: Store): Promise<CaptureService> {
    const pool = new PreparePool();
    return new CaptureService(pool, new CapturePipeline(store, await store.openCaptureWriter(), () => new Date()));
  }

  /** Checks a document given as JSON text on a pool thread: its shape, dates and hashes. Refuses
   * (InputRefused) exactly as a capture would; records nothing. */
  prepare(text: string): Promise<PreparedDocument> {
    return this.#pool.prepare(text);
  }

  /** Records a prepared document after every document asked for before it. */
  record(prepared: PreparedDocument): Promise<CaptureResult> {
    if (this.#closed) return Promise.reject(new Error('the capture service is closed'));
    const answer = new Promise<CaptureResult>((resolve, reject) => this.#queue.push({ prepared, resolve, reject }));
    this.#driving ??= this.#drive().finally(() => {
      this.#driving = undefined;
    });
    return answer;
  }

  /** Waits for what was asked, then stops the threads. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#driving;
    await this.#pipeline.close();
    await this.#pool.close();
  }

  async #drive(): Promise<void> {
    while (this.#queue.length > 0) {
      const next = this.#queue.shift()!;
      let offered: boolean;
      try {
        offered = await this.#pipeline.offer(next.prepared);
      } catch (error) {
        next.reject(error);
        continue;
      }
      if (!offered) {
        // Off the straight path: what is in flight settles first, then this one is recorded
        // through the locked path, which gives the exact answer.
        this.#inFlight.push(next);
        await this.#answer(this.#pipeline.captureLockedEach(next.prepared));
        continue;
      }
      this.#inFlight.push(next);
      // Settle as soon as nothing waits behind, so a lone request is answered at once.
      while (this.#inFlight.length > IN_FLIGHT_DOCUMENTS_MAX || (this.#queue.length === 0 && this.#inFlight.length > 0)) {
        await this.#answer(this.#pipeline.settleOldestEach());
      }
    }
  }

  async #answer(outcomes: AsyncGenerator<Settled>): Promise<void> {
    for await (const outcome of outcomes) {
      const waiting = this.#inFlight.shift();
      if (waiting === undefined) throw new Error('assertion: the pipeline settled more documents than were offered');
      if ('error' in outcome) waiting.reject(outcome.error);
      else waiting.resolve(outcome.result);
    }
  }
}
