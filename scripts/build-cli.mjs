// `npm run build:cli` (run on install, as the web app's build is): the sources compiled to
// JavaScript in dist/, which bin/ytterby.js runs so that a command starts without compiling
// TypeScript; the worker threads' entry beside them; the index of commands the CLI lists and loads
// by (src/cli/main.ts); and the time the build started, against which bin/ytterby.js finds a
// source changed since.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const startedMs = Date.now();
const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('tsconfig.build.json', root))], { stdio: 'inherit' });
copyFileSync(new URL('src/worker-entry.mjs', root), new URL('worker-entry.mjs', dist));
const { commandIndex } = await import(new URL('cli/main.js', dist).href);
writeFileSync(new URL('cli/commands.json', dist), `${JSON.stringify(await commandIndex(), null, 1)}\n`);
writeFileSync(new URL('build.json', dist), `${JSON.stringify({ startedMs, startedAt: new Date(startedMs).toISOString() })}\n`);
process.stdout.write(`built the CLI into ${fileURLToPath(dist)}\n`);
