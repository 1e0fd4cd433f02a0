// Runs the `ytterby` command as a user does, in a process of its own, on the embedded database
// (DATABASE_URL unset, whatever the test run has), and gives back its exit status and output.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const YTTERBY_BIN = join(resolve(import.meta.dirname, '../..'), 'bin/ytterby.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A runner with `--data` set to the folder `dataDir()` names when called. */
export function cliRunner(dataDir: () => string): (...args: string[]) => Promise<CliResult> {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  return async (...args) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [YTTERBY_BIN, '--data', dataDir(), ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
