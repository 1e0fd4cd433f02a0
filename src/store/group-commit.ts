// Commits capture documents in the order given, each all or nothing, and whatever has queued up
// behind a commit in one transaction: one fsync for the group, a savepoint for each document, so
// a refused one undoes only itself (and fails those after it, whose heads it was to provide).
import { GROUP_COMMIT_DOCUMENTS_MAX } from '../limits.ts';
import type { CaptureWrite } from './store.ts';

/** An engine's writes for a group commit, on a connection of the writer's own. */
export interface GroupWriter {
  /** Called as a document is queued, while earlier ones are being written: work on it that needs
   * nothing from them (encoding its rows) can be done now instead of between two writes. */
  queued?(changes: CaptureWrite): void;
  /** Opens the transaction and takes the ledger's write lock. */
  begin(): Promise<void>;
  /** Writes one document inside the open transaction; if it throws, its writes are undone. `last`:
   * no other document follows it in this group, so the writer may commit with it. */
  write(changes: CaptureWrite, last: boolean): Promise<void>;
  /** Commits the group, unless its last write did; throws if the group's transaction was lost. */
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

interface Queued {
  changes: CaptureWrite;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommitQueue {
  readonly #writer: GroupWriter;
  readonly #queue: Queued[] = [];
  #draining: Promise<void> | undefined;

  constructor(writer: GroupWriter) {
    this.#writer = writer;
  }

  /** Resolves once the document is committed, never before: an answer means it is durable. */
  write(changes: CaptureWrite): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ changes, resolve, reject });
      this.#writer.queued?.(changes);
      this.#draining ??= this.#drain();
    });
  }

  /** Resolves when everything written so far has been answered. */
  async idle(): Promise<void> {
    while (this.#draining !== undefined) await this.#draining;
  }

  async #drain(): Promise<void> {
    const writer = this.#writer;
    while (this.#queue.length > 0) {
      const group = this.#queue.splice(0, GROUP_COMMIT_DOCUMENTS_MAX);
      let outcomes: unknown[] = [];
      try {
        await writer.begin();
        for (const [i, { changes }] of group.entries()) {
          try {
            await writer.write(changes, i === group.length - 1);
            outcomes.push(undefined);
          } catch (error) {
            outcomes.push(error ?? new Error('the write failed'));
          }
        }
        await writer.commit();
      } catch (error) {
        await writer.rollback().catch(() => undefined);
        outcomes = group.map(() => error);
      }
      group.forEach((queued, i) => (outcomes[i] === undefined ? queued.resolve() : queued.reject(outcomes[i])));
    }
    this.#draining = undefined;
  }
}
