import type { Command } from 'commander';
import { auditLedger, verifyLedger, type AuditReport } from '../../ledger/index.ts';
import { EXIT_REFUSED, printJson, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('recompute every hash, the chain, the Merkle tree and every signature; name the first broken link')
    .option('--deep', 'then replay the log and check that every lot and lot flow is what the events make (the state readers trust)')
    .action(async (options: { deep?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      const showProgress = global.json !== true;
      const started = performance.now();
      const { report, deep, deepSeconds } = await withStore(global, async (store) => {
        const progress = progressBar('verifying', 'events', showProgress);
        const verified = await verifyLedger(store, { onProgress: (done, total) => progress.update(done, total) });
        progress.stop();
        if (options.deep !== true || !verified.ok) return { report: verified, deep: undefined, deepSeconds: 0 };
        // Replaying a log whose events are not proven would prove nothing about the state.
        const replaying = progressBar('replaying', 'events', showProgress);
        const deepStarted = performance.now();
        const audited = await auditLedger(store, { onProgress: (done, total) => replaying.update(done, total) });
        replaying.stop();
        return { report: verified, deep: audited, deepSeconds: (performance.now() - deepStarted) / 1000 };
      });
      const seconds = (performance.now() - started) / 1000;
      if (global.json === true) printJson({ ...report, seconds: Number(seconds.toFixed(3)), ...(deep === undefined ? {} : { deep: { ...deep, seconds: Number(deepSeconds.toFixed(3)) } }) });
      else {
        if (report.ok) process.stdout.write(`ok: ${report.events} events in ${report.documents} documents verified in ${seconds.toFixed(1)} s; root ${report.root}\n`);
        else process.stdout.write(`BROKEN after ${report.events} good events: ${report.broken?.reason}\n`);
        if (deep !== undefined) process.stdout.write(describeAudit(deep, deepSeconds));
      }
      if (!report.ok || deep?.ok === false) process.exitCode = EXIT_REFUSED;
    });
}

function describeAudit(audit: AuditReport, seconds: number): string {
  if (!audit.ok) {
    const more = audit.lotsDiffering > 1 ? ` (${audit.lotsDiffering} lots differ in all)` : '';
    return `STATE DIFFERS from the log in ${audit.difference?.table}: ${audit.difference?.reason}${more}\n`;
  }
  const rate = seconds > 0 ? `, ${Math.round(audit.events / seconds).toLocaleString('en')} events/s` : '';
  return `ok: the state is what the log makes: ${audit.lots} lots and ${audit.flows} lot flows replayed from ${audit.events} events in ${seconds.toFixed(1)} s${rate}\n`;
}
