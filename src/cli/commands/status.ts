import type { Command } from 'commander';
import { ledgerStatus } from '../../ledger/index.ts';
import { printJson, withStore, type GlobalOptions } from '../context.ts';

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
    .description('what `npm start` runs: open (or create) the database and show its status')
    .action(async () => {
      const options = program.opts<GlobalOptions>();
      await showStatus(options);
      if (options.json !== true) {
        process.stdout.write(
          '\nTry the example session in README.md: `npx ytterby registry import docs/examples/registry.json`, ' +
            '`keys generate`, `keys register`, `capture docs/examples/capture.json --key …`, `verify`.\n',
        );
      }
    });
}

async function showStatus(options: GlobalOptions): Promise<void> {
  const status = await withStore(options, ledgerStatus);
  if (options.json === true) return printJson(status);
  const lines = [
    `Ytterby ledger (${status.engine}) at ${status.location}, schema version ${status.schemaVersion}`,
    `  registry: ${status.parties} parties, ${status.keys} keys`,
    `  ledger:   ${status.events} events in ${status.documents} documents, last recorded ${status.lastRecordedAt ?? 'never'}`,
    `  lots:     ${status.lots} (${status.lotsActive} active, ${status.lotsInTransit} in transit)`,
    `  root:     ${status.root}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
