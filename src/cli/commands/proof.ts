import type { Command } from 'commander';
import { proveConsistency, proveInclusion } from '../../ledger/index.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';

function wholeNumber(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number, got ${value}`);
  return n;
}

export function registerProofCommand(program: Command): void {
  const proof = program.command('proof').description('RFC 9162 Merkle proofs over the event log');
  proof
    .command('inclusion <seq>')
    .description('prove that event <seq> is in the log')
    .option('--size <n>', 'against the log as it was at this size')
    .action(async (seq: string, options: { size?: string }) => {
      const global = program.opts<GlobalOptions>();
      const result = await withStore(global, (store) => proveInclusion(store, wholeNumber(seq, 'seq'), options.size === undefined ? undefined : wholeNumber(options.size, '--size')));
      printJson(result);
    });
  proof
    .command('consistency <oldSize>')
    .description('prove that the log at <oldSize> is a prefix of the log now')
    .option('--size <n>', 'the newer size (default: now)')
    .action(async (oldSize: string, options: { size?: string }) => {
      const global = program.opts<GlobalOptions>();
      const result = await withStore(global, (store) => proveConsistency(store, wholeNumber(oldSize, 'oldSize'), options.size === undefined ? undefined : wholeNumber(options.size, '--size')));
      printJson(result);
    });
}
