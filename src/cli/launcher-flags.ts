// The flags bin/ytterby.js starts node with, read from its first line (`#!/usr/bin/env -S node …`):
// whatever runs the CLI, or its capture, in a node process of its own (the tests, bench/run.ts)
// starts that process the same way, so it runs as `npx ytterby` does.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const YTTERBY_BIN = join(resolve(import.meta.dirname, '../..'), 'bin/ytterby.js');

export const LAUNCHER_NODE_FLAGS: readonly string[] = launcherFlags(readFileSync(YTTERBY_BIN, 'utf8'));

function launcherFlags(script: string): string[] {
  const words = (script.split('\n', 1)[0] ?? '').split(/\s+/);
  const node = words.indexOf('node');
  if (!script.startsWith('#!') || node === -1) throw new Error(`${YTTERBY_BIN} does not start with a #! line that runs node`);
  return words.slice(node + 1).filter((word) => word !== '');
}
