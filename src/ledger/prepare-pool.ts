// Worker threads that prepare capture documents (parse, check, canonicalize, hash) in parallel
// with the writer, which then only applies and records them. With two documents in flight the
// writer never waits for preparation, so capture uses both of a small machine's cores.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CAPTURE_WORKER_YOUNG_GENERATION_MB } from '../limits.ts';
import { InputRefused } from '../problems.ts';
import type { PreparedDocument } from './prepare-document.ts';
import type { PrepareReply, PrepareRequest } from './prepare-worker.ts';
import { siblingModule } from '../module-url.ts';

const WORKER_ENTRY = new URL('../worker-entry.mjs', import.meta.url);

interface Pending {
  resolve: (prepared: PreparedDocument) => void;
  reject: (error: Error) => void;
}

export class PreparePool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: PrepareRequest[] = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #closing = false;

  /** One worker per core but the writer's, and at least one. */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    for (let i = 0; i < size; i += 1) {
      // The schema packages are loaded before the TypeScript loader (worker-entry.mjs): a worker
      // then answers first after about 670 ms of CPU instead of 950.
      const workerData = { module: siblingModule('./prepare-worker.ts', import.meta.url).href, preload: ['@sinclair/typebox', 'ajv'] };
      const worker = new Worker(WORKER_ENTRY, { workerData, resourceLimits: { maxYoungGenerationSizeMb: CAPTURE_WORKER_YOUNG_GENERATION_MB } });
      worker.on('message', (reply: PrepareReply) => this.#settle(worker, reply));
      worker.on('error', (error) => this.#failAll(error));
      worker.unref();
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Prepares a document given as JSON text; refuses with InputRefused exactly as captureDocument would. */
  prepare(text: string, now = new Date()): Promise<PreparedDocument> {
    if (this.#closing) return Promise.reject(new Error('the prepare pool is closed'));
    const id = this.#nextId++;
    return new Promise<PreparedDocument>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#queue.push({ id, text, nowMs: now.getTime() });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    // An unreferenced worker would let the process exit before terminate() settles, so workers
    // stay referenced from here on, even if an answer still arrives.
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => {
      worker.ref();
      return worker.terminate();
    }));
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      // A busy worker keeps the process alive until it answers; an idle one must not.
      worker.ref();
      worker.postMessage(this.#queue.shift()!);
    }
  }

  #settle(worker: Worker, reply: PrepareReply): void {
    if (this.#closing) return;
    worker.unref();
    this.#idle.push(worker);
    this.#dispatch();
    const pending = this.#pending.get(reply.id);
    if (pending === undefined) return;
    this.#pending.delete(reply.id);
    if (reply.ok) {
      const prepared = reply.prepared;
      // A Buffer arrives as a plain Uint8Array after the structured clone.
      const leaves = prepared.leafHashes;
      prepared.leafHashes = Buffer.from(leaves.buffer, leaves.byteOffset, leaves.byteLength);
      pending.resolve(prepared);
    } else if (reply.refused) {
      pending.reject(new InputRefused(reply.message, reply.problems));
    } else {
      pending.reject(new Error(reply.message));
    }
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
