import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
const data = '/tmp/ytb-shot';
const child = spawn('/work/main/bin/ytterby.js', ['--data', data, 'start', '--port', '8090'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, YTTERBY_PUBLIC_URL: 'https://trace.example.cn' } });
let out = '';
const token = await new Promise<string>((resolve, reject) => {
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); const m = /(ytb_[A-Za-z0-9_-]+)/.exec(out); if (m && out.includes('8090')) resolve(m[1]!); });
  child.on('exit', () => reject(new Error(out)));
});
await new Promise((r) => setTimeout(r, 4000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const locale of ['zh-CN', 'en-US']) {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8090/');
  await page.locator('#token').fill(token);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('who').waitFor();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('http://127.0.0.1:8090/reporting/calendar');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shot-calendar-${locale}-${width}.png`, fullPage: false });
  }
  await context.close();
}
await browser.close();
child.kill('SIGTERM');
console.log('done', token.slice(0, 8));
