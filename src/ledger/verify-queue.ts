// The chunks of one verify still to check, shared by every thread checking them: a thread claims
// the next chunk with one atomic add, so a worker that finishes a chunk takes the next at once,
// without waiting for the main thread, which may be busy checking a chunk of its own.
export class ChunkQueue {
  /** [the next index to claim, the index where claiming stops] */
  readonly #cells: Int32Array;

  constructor(shared: SharedArrayBuffer) {
    this.#cells = new Int32Array(shared);
  }

  static create(chunks: number): ChunkQueue {
    const queue = new ChunkQueue(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    Atomics.store(queue.#cells, 1, chunks);
    return queue;
  }

  /** What a worker needs to share this queue (through workerData). */
  get shared(): SharedArrayBuffer {
    return this.#cells.buffer as SharedArrayBuffer;
  }

  /** The index of a chunk no other thread has, or undefined when none is left to check. */
  claim(): number | undefined {
    const index = Atomics.add(this.#cells, 0, 1);
    return index < Atomics.load(this.#cells, 1) ? index : undefined;
  }

  /** Chunks from `index` on are no longer handed out: after a broken chunk, none needs checking. */
  stopAt(index: number): void {
    let stop = Atomics.load(this.#cells, 1);
    while (index < stop) {
      const seen = Atomics.compareExchange(this.#cells, 1, stop, index);
      if (seen === stop) return;
      stop = seen;
    }
  }
}
