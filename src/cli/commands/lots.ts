import type { Command } from 'commander';
import { listLots } from '../../ledger/index.ts';
import type { LotStatus } from '../../store/index.ts';
import { formatGrams, printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';
import { LOTS_PAGE_MAX } from '../../limits.ts';

const STATUSES: LotStatus[] = ['active', 'in_transit', 'exhausted', 'void'];

export function registerLotsCommand(program: Command): void {
  program
    .command('lots')
    .description('list lots, by holder, status and product, a page at a time')
    .option('--holder <uscc>', 'held by this party')
    .option('--status <status>', `one of ${STATUSES.join(', ')}`)
    .option('--product <code>', 'of this product')
    .option('--after <lot>', 'the page after this lot id')
    .option('--limit <n>', `lots per page (at most ${LOTS_PAGE_MAX})`, '50')
    .action(async (options: { holder?: string; status?: string; product?: string; after?: string; limit: string }) => {
      const global = program.opts<GlobalOptions>();
      const limit = Number(options.limit);
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > LOTS_PAGE_MAX) throw new UsageError(`--limit must be a whole number from 1 to ${LOTS_PAGE_MAX}`);
      if (options.status !== undefined && !STATUSES.includes(options.status as LotStatus)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
      const page = await withStore(global, (store) =>
        listLots(store, {
          limit,
          ...(options.holder === undefined ? {} : { holder: options.holder }),
          ...(options.status === undefined ? {} : { status: options.status as LotStatus }),
          ...(options.product === undefined ? {} : { product: options.product }),
          ...(options.after === undefined ? {} : { after: options.after }),
        }),
      );
      if (global.json === true) return printJson(page);
      for (const lot of page.lots) {
        const where = lot.status === 'in_transit' ? `in transit to ${lot.destinationId}` : `held by ${lot.holderId}`;
        process.stdout.write(`${lot.id}  ${lot.product}  ${formatGrams(lot.massGramsRemaining)} of ${formatGrams(lot.massGrams)}  ${lot.status}  ${where}\n`);
      }
      if (page.lots.length === 0) process.stdout.write('no lots\n');
      if (page.next !== undefined) process.stdout.write(`more: --after ${page.next}\n`);
    });
}
