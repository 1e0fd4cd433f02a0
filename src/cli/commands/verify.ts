import type { Command } from 'commander';
import { verifyLedger } from '../../ledger/index.ts';
import { EXIT_REFUSED, printJson, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('recompute every hash, the chain, the Merkle tree and every signature; name the first broken link')
    .action(async () => {
      const global = program.opts<GlobalOptions>();
      const progress = progressBar('verifying', 'events', global.json !== true);
      const started = performance.now();
      const report = await withStore(global, (store) => verifyLedger(store, { onProgress: (done, total) => progress.update(done, total) }));
      progress.stop();
      const seconds = (performance.now() - started) / 1000;
      if (global.json === true) printJson({ ...report, seconds: Number(seconds.toFixed(3)) });
      else if (report.ok) process.stdout.write(`ok: ${report.events} events in ${report.documents} documents verified in ${seconds.toFixed(1)} s; root ${report.root}\n`);
      else process.stdout.write(`BROKEN after ${report.events} good events: ${report.broken?.reason}\n`);
      if (!report.ok) process.exitCode = EXIT_REFUSED;
    });
}
