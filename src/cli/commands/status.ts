import type { Command } from 'commander';
import { ledgerStatus } from '../../ledger/index.ts';
import { printJson, withStore, type GlobalOptions } from '../context.ts';
import { countAlerts } from '../../supervision/index.ts';

export function registerStatusCommands(program: Command): void {
  program
    .command('init')
    .description('create the database (or bring its schema up to date) and show its status')
    .action(async () => showStatus(program.opts<GlobalOptions>()));
  program
    .command('status')
    .description('show where the data is and what the ledger holds')
    .action(async () => showStatus(program.opts<GlobalOptions>()));
  program
    .command('start')
    .description(`what \`npm start\` runs: on an empty database, first load the demo industry (scale ${START_DEMO.scale}) and raise its alerts; show the status; then serve the API`)
    .option('--port <n>', 'TCP port of the API', process.env['PORT'] ?? '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--public-url <url>', 'where the public reaches this server, named by passports\' GS1 Digital Links and QR codes (default: YTTERBY_PUBLIC_URL, else http://HOST:PORT)')
    .action(async (options: { port: string; host: string; publicUrl?: string }) => {
      const global = program.opts<GlobalOptions>();
      // Loaded here, not above: `status` needs none of the generator, the statistics or the server.
      const [{ generateDemo }, { serveUntilStopped }, { refreshStats }, { runCheck }, { createToken, listTokens }] = await Promise.all([
        import('./demo.ts'), import('./serve.ts'), import('../../stats/index.ts'), import('../../supervision/index.ts'), import('../../server/tokens.ts'),
      ]);
      const status = await withStore(global, ledgerStatus);
      if (status.events === 0 && status.parties === 0) {
        if (global.json !== true) process.stdout.write(`The database is empty: loading the demo industry (${START_DEMO.year}, scale ${START_DEMO.scale})…\n`);
        await generateDemo(global, START_DEMO, global.json !== true);
        // The statistics first, so the dashboard's first visit finds them up to date, then the rules.
        const { atCapture, check } = await withStore(global, async (store) => {
          await refreshStats(store);
          const atCapture = alertsIn(await countAlerts(store));
          return { atCapture, check: await runCheck(store) };
        });
        // Two numbers a reader would otherwise set against the status's total below: the capture
        // rules raised theirs as the demo was recorded, the period rules theirs now.
        if (global.json !== true) process.stdout.write(`Supervision: ${atCapture} alert(s) raised by the capture rules as the demo year was recorded, and ${check.raised} by the period rules over it (ytterby alerts list)\n`);
      }
      await showStatus(global);
      // A ledger nobody can sign in to is of no use: its first start makes a regulator's token.
      const token = await withStore(global, async (store) => ((await listTokens(store)).length === 0 ? createToken(store, { role: 'regulator', name: 'first regulator (made by ytterby start)' }) : undefined));
      if (token !== undefined) process.stdout.write(`A regulator's API token, shown once (more with ytterby tokens create):\n  ${token.token}\n`);
      await serveUntilStopped(global, { port: options.port, host: options.host, ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }), checkEvery: '6h', rateLimit: '1200' });
    });
}

function alertsIn(counts: Partial<Record<string, number>>): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** Small enough to be ready in well under a minute, large enough that every page has data. */
const START_DEMO = { year: 2024, seed: 1, scale: 0.05 } as const;

async function showStatus(options: GlobalOptions): Promise<void> {
  const { status, alerts } = await withStore(options, async (store) => ({ status: await ledgerStatus(store), alerts: await countAlerts(store) }));
  if (options.json === true) return printJson({ ...status, alerts });
  const lines = [
    `Ytterby ledger (${status.engine}) at ${status.location}, schema version ${status.schemaVersion}`,
    `  registry: ${status.parties} parties, ${status.keys} keys`,
    `  ledger:   ${status.events} events in ${status.documents} documents, last recorded ${status.lastRecordedAt ?? 'never'}`,
    `  lots:     ${status.lots} (${status.lotsActive} active, ${status.lotsInTransit} in transit)`,
    `  root:     ${status.root}`,
    `  alerts:   ${Object.entries(alerts).map(([state, n]) => `${n} ${state}`).join(', ') || 'none'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
