// Issue 8's bars: the dashboard ready in under 2 s on the demo data, and the app's JavaScript under
// 1 MB gzipped. Runs what a user runs: `ytterby start` on an empty data folder (the demo year at
// the scale npm start loads), Debian's Chromium signed in with the first regulator token, then the
// dashboard loaded again and again, each time from navigation until every figure has answered
// (data-ready on the page). The first load also brings the statistics projection up to date, once
// per ledger; it is reported apart.
//   node --import tsx bench/web.ts [--loads 10]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServing } from '../src/testing/cli.ts';
import { CHROMIUM_PATH } from '../src/stats/print-pdf.ts';
import { ensureBundle, javascriptSize } from '../src/web/bundle.ts';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '10' } } });
const loads = Number(values.loads);
if (!Number.isSafeInteger(loads) || loads < 1 || loads > 1_000) throw new Error(`--loads must be a whole number from 1 to 1000, got ${values.loads}`);

const built = await ensureBundle();
const size = javascriptSize();
const dir = mkdtempSync(join(tmpdir(), 'ytterby-bench-web-'));
const startedAt = Date.now();
const serving = await startServing(join(dir, 'data'), ['start']);
const startSeconds = (Date.now() - startedAt) / 1000;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
try {
  const token = /A regulator's API token, shown once.*\n {2}(ytb_\S+)/.exec(serving.output())?.[1];
  if (token === undefined) throw new Error(`ytterby start printed no token:\n${serving.output()}`);
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${serving.url}/`);
  await page.locator('#token').fill(token);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('who').waitFor();

  const ready = async (load: () => Promise<unknown>, timeout = 30_000) => {
    const started = performance.now();
    await load();
    await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout });
    return performance.now() - started;
  };
  const firstMs = await ready(() => page.goto(`${serving.url}/dashboard`), 300_000);
  const times: number[] = [];
  for (let i = 0; i < loads; i += 1) times.push(await ready(() => page.reload()));
  times.sort((a, b) => a - b);
  const status = await (await fetch(`${serving.url}/api/reports`, { headers: { authorization: `Bearer ${token}` } })).json() as { from: string; to: string };
  const figures = {
    bundle: { built, javascriptFiles: size.files, javascriptBytes: size.bytes, javascriptGzipBytes: size.gzipBytes },
    demo: { startSeconds, months: `${status.from}–${status.to}` },
    dashboard: {
      firstLoadMs: Math.round(firstMs),
      loads,
      p50Ms: Math.round(times[Math.floor((loads - 1) / 2)]!),
      maxMs: Math.round(times[loads - 1]!),
    },
    bars: { dashboardUnder2s: times[loads - 1]! < 2_000, javascriptUnder1MB: size.gzipBytes < 1_000_000 },
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
  await serving.stop();
  rmSync(dir, { recursive: true, force: true });
}
