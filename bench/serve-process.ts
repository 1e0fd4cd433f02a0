// `ytterby serve` in a process of its own, for benchmarks that load it from this one over loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from '../src/cli/launcher-flags.ts';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the server on `dir` (or DATABASE_URL in `env`) with no rate limit, and resolves with its
 * URL once it listens and, when asked, once its lineage index is built (it builds it on its loop
 * after listening, which would otherwise land in the first measurements). */
export async function startServeProcess(dir: string, env: NodeJS.ProcessEnv, options: { waitForLineageIndex?: boolean } = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', dir, 'serve', '--port', '0', '--rate-limit', '1000000'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match !== null && (options.waitForLineageIndex !== true || /lineage index (ready|failed)/.test(seen))) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return {
    url, child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** The local PostgreSQL server the benchmarks use, and a statement run on it (to create and drop
 * the databases they load). */
export const BENCH_SERVER_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function adminQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(statement: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await client.connect();
  try {
    return (await client.query<Row>(statement)).rows;
  } finally {
    await client.end();
  }
}

/** The URL of a database of that name on the benchmarks' server. */
export function benchDatabaseUrl(database: string): string {
  return `${BENCH_SERVER_URL.replace(/\/[^/]*$/, '')}/${database}`;
}
