// The web app's bundle for tests and benchmarks: built when web/dist is missing or older than its
// sources, and measured as the browser downloads it (gzipped JavaScript).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIST = join(ROOT, 'web/dist');
/** What the bundle is built from: the app, its page and config, and the shared catalogue it imports. */
const SOURCES = [join(ROOT, 'web/src'), join(ROOT, 'web/index.html'), join(ROOT, 'web/vite.config.ts'), join(ROOT, 'src/domain')];

function newestMs(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMs(join(path, name))));
}

/** Builds web/dist (vite build) unless it is newer than every source; says whether it built. */
export async function ensureBundle(): Promise<boolean> {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMs))) return false;
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'web/vite.config.ts')], { cwd: ROOT });
  return true;
}

export interface BundleSize {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Every JavaScript file of the bundle (the first page loads a part of it; the rest as pages open). */
export function javascriptSize(): BundleSize {
  const assets = join(WEB_DIST, 'assets');
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let bytes = 0;
  let gzipBytes = 0;
  for (const name of files) {
    const content = readFileSync(join(assets, name));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, bytes, gzipBytes };
}
