#!/usr/bin/env -S node --max-semi-space-size=64
// V8's flags are on the line above because they count only when the process starts: the young
// generation of src/limits.ts's CAPTURE_SEMI_SPACE_MB for the thread that applies a capture.
//
// Runs the JavaScript `npm run build:cli` made of the sources (dist/, built on install), so that a
// command starts without compiling TypeScript; when a source has changed since that build, or there
// is none, it runs the sources themselves through tsx, which is slower to start but never stale.
import { readdirSync, readFileSync, statSync } from 'node:fs';

const SOURCES = new URL('../src/', import.meta.url);
const BUILD_STAMP = new URL('../dist/build.json', import.meta.url);

function builtFromCurrentSources() {
  let startedMs;
  try {
    startedMs = JSON.parse(readFileSync(BUILD_STAMP, 'utf8')).startedMs;
  } catch {
    return false;
  }
  for (const entry of readdirSync(SOURCES, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs > startedMs) return false;
  }
  return true;
}

let cli;
if (builtFromCurrentSources()) {
  cli = await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv);
