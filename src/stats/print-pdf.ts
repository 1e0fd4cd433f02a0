// Prints the report's HTML to PDF with the system's Chromium (Debian's package), driven by
// playwright-core: no browser is downloaded, and the page loads nothing from the network.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env['YTTERBY_CHROMIUM'] ?? '/usr/bin/chromium';

export class ChromiumMissing extends Error {
  override readonly name = 'ChromiumMissing';
}

export async function printPdf(html: string): Promise<Buffer> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ChromiumMissing(`PDF needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set YTTERBY_CHROMIUM); --format html prints the same report`);
  }
  // Loaded here, not with the module: it is large, and only printing needs it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // The page is self-contained; anything it asks of the network would be a bug, so refuse it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}
