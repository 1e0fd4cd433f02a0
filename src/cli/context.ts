// What every command shares: where the data is, how to print, how to fail.
import { openStore, DEFAULT_DATA_DIR, type Store } from '../store/index.ts';
import { InputRefused, formatProblem } from '../problems.ts';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

/** Exit statuses: 0 done, 1 input refused or ledger broken, 2 usage error. */
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function withStore<T>(options: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: options.data ?? DEFAULT_DATA_DIR, databaseUrl: process.env['DATABASE_URL'] });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Turns an error into a message and an exit status; unexpected errors keep their stack. */
export function reportError(error: unknown, json: boolean): number {
  if (error instanceof InputRefused) {
    if (json) printJson({ ok: false, error: error.message.split('\n')[0], problems: error.problems });
    else process.stderr.write(`refused: ${error.message.split('\n')[0]}\n${error.problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`);
    return EXIT_REFUSED;
  }
  if (error instanceof UsageError) {
    if (json) printJson({ ok: false, error: error.message });
    else process.stderr.write(`usage: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (json) printJson({ ok: false, error: message });
  else process.stderr.write(`error: ${message}\n${error instanceof Error && process.env['YTTERBY_DEBUG'] ? `${error.stack}\n` : ''}`);
  return EXIT_REFUSED;
}

export function formatGrams(grams: number): string {
  if (Math.abs(grams) >= 1e6) return `${(grams / 1e6).toLocaleString('en', { maximumFractionDigits: 3 })} t`;
  if (Math.abs(grams) >= 1e3) return `${(grams / 1e3).toLocaleString('en', { maximumFractionDigits: 3 })} kg`;
  return `${grams} g`;
}
