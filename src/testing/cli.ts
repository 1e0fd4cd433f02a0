// Runs the `ytterby` command as a user does, in a process of its own, on the embedded database
// (DATABASE_URL unset, whatever the test run has), and gives back its exit status and output.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from '../cli/launcher-flags.ts';

const run = promisify(execFile);
export { YTTERBY_BIN };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A runner with `--data` set to the folder `dataDir()` names when called. */
export function cliRunner(dataDir: () => string, env: NodeJS.ProcessEnv = withoutDatabaseUrl()): (...args: string[]) => Promise<CliResult> {
  return async (...args) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', dataDir(), ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  return env;
}

export interface Serving {
  child: ChildProcess;
  url: string;
  /** Everything the process printed on standard output so far. */
  output(): string;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/** Starts a command that serves the API (`serve`, `start`) with `--port 0`, and resolves once it
 * listens, with the address it took. It runs on the embedded database unless `env` says otherwise. */
export async function startServing(dataDir: string, args: readonly string[], env: NodeJS.ProcessEnv = withoutDatabaseUrl()): Promise<Serving> {
  const child = spawn(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', dataDir, ...args, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let seen = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match !== null) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`${args.join(' ')} exited (${code}) before listening: ${seen}${errors}`)));
  });
  return {
    child,
    url,
    output: () => seen,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
