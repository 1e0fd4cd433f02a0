// `ytterby template`: the monthly report template of an enterprise, as xlsx (drop-downs of the
// product catalogue and of its own facilities and open lots) or as one CSV file per sheet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SHEETS, templateCsv, templateLists, writeTemplateXlsx } from '../../reporting/index.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { InputRefused } from '../../problems.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';

export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description('write the monthly report template of an enterprise: xlsx, or with --csv one CSV file per sheet')
    .requiredOption('--party <uscc>', 'the reporting enterprise')
    .option('--period <YYYY-MM>', 'the month reported on (default: last month, Asia/Shanghai)')
    .option('--out <file>', 'the xlsx file to write', 'report.xlsx')
    .option('--csv <dir>', 'write one CSV per sheet into this folder instead')
    .action(async (options: { party: string; period?: string; out: string; csv?: string }) => {
      const global = program.opts<GlobalOptions>();
      const period = options.period ?? lastMonth(new Date());
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new UsageError(`--period ${period}: a month, YYYY-MM`);
      if (options.csv !== undefined) {
        mkdirSync(options.csv, { recursive: true });
        const files = SHEETS.map((sheet) => {
          const file = join(options.csv!, `${sheet.name}.csv`);
          writeFileSync(file, templateCsv(sheet));
          return file;
        });
        if (global.json === true) printJson({ ok: true, files });
        else process.stdout.write(`wrote ${files.length} CSV files to ${options.csv}\n`);
        return;
      }
      const lists = await withStore(global, (store) => templateLists(store, options.party));
      if (lists === undefined) throw new InputRefused('no template was written', [{ path: '--party', reason: `no party ${options.party} in the registry` }]);
      writeFileSync(options.out, await writeTemplateXlsx(lists, period));
      if (global.json === true) return printJson({ ok: true, file: options.out, party: options.party, period, facilities: lists.facilities.length, lots: lists.lots.length });
      process.stdout.write(`wrote the ${period} report template of ${options.party} to ${options.out} (${lists.facilities.length} facilities, ${lists.lots.length} open lots in its drop-downs)\n`);
    });
}

function lastMonth(now: Date): string {
  const month = shanghaiMonth(now.getTime());
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
