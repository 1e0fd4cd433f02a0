// `ytterby report`: the annual industry report (HTML, PDF, CSV, JSON), and `ytterby stats`: one
// dashboard figure, or the events behind one, as JSON.
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { validateRegionCode } from '../../domain/regions.ts';
import { buildAnnualReport, type AnnualReport } from '../../stats/annual-report.ts';
import { DASHBOARD_FIGURES, dashboardFigure, drillDown, refreshStats, MEASURES, type DashboardFigure, type FigureKey, type Measure } from '../../stats/index.ts';
import { printPdf } from '../../stats/print-pdf.ts';
import { tableCsv } from '../../stats/render-csv.ts';
import { renderReportHtml } from '../../stats/render-html.ts';
import { STATS_DRILL_PAGE_MAX } from '../../limits.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

const FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** The first year the ledger can hold (EVENT_TIME_MIN) to the current one. */
function parseYear(text: string): number {
  const last = new Date().getUTCFullYear();
  if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > last) throw new UsageError(`--year must be a year from 2000 to ${last}, got ${text}`);
  return Number(text);
}

function checkRegion(code: string | undefined): void {
  if (code === undefined) return;
  const problem = validateRegionCode(code);
  if (problem !== null) throw new UsageError(`--region ${problem}`);
}

/** Refuses an --out that cannot be written before any work is done. */
function checkWritable(path: string, directory: boolean): void {
  const target = resolve(path);
  const parent = directory && existsSync(target) ? target : dirname(target);
  try {
    if (directory && existsSync(target) && !statSync(target).isDirectory()) throw new Error('it is a file, and CSV output is a folder of files, one per table');
    if (!directory && existsSync(target) && statSync(target).isDirectory()) throw new Error('it is a folder');
    accessSync(parent, constants.W_OK);
  } catch (error) {
    throw new UsageError(`--out ${path} cannot be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description('the annual industry report from the ledger: production, deep processing, quotas, recycling, exports, stocks, element flows (zh-CN and en)')
    .requiredOption('--year <year>', 'the year reported')
    .option('--region <code>', 'only parties in this GB/T 2260 region (a province, city or county)')
    .addOption(new Option('--format <format>', 'html (self-contained), pdf (printed by Chromium), csv (a file per table) or json').choices(FORMATS).default('html'))
    .option('--out <path>', 'where to write it (a folder for csv); standard output when left out, except for pdf (ytterby-report-YEAR.pdf)')
    .action(async (options: { year: string; region?: string; format: Format; out?: string }) => {
      const global = program.opts<GlobalOptions>();
      const year = parseYear(options.year);
      checkRegion(options.region);
      const out = options.out ?? (options.format === 'pdf' ? `ytterby-report-${year}${options.region === undefined ? '' : `-${options.region}`}.pdf` : undefined);
      if (out !== undefined) checkWritable(out, options.format === 'csv');
      const report = await withStore(global, async (store) => {
        const progress = progressBar('statistics', 'events', global.json !== true);
        try {
          await refreshStats(store, (done, total) => progress.update(done, total));
        } finally {
          progress.stop();
        }
        return buildAnnualReport(store, year, options.region);
      });
      const written = await writeReport(report, options.format, out);
      if (written !== undefined) {
        if (global.json === true) printJson({ ok: true, format: options.format, out: written, tables: report.tables.length, ledgerEvents: report.ledgerEvents });
        else process.stderr.write(`wrote the ${year} report (${options.format}) to ${written}\n`);
      }
    });

  program
    .command('stats')
    .description(`one dashboard figure as JSON (${DASHBOARD_FIGURES.join(', ')}), or with --measure the events behind a figure, a page at a time`)
    .argument('[figure]', 'the figure', 'production')
    .requiredOption('--period <period>', 'a year (2024), a quarter (2024-Q2) or a month (2024-06)')
    .option('--region <code>', 'only parties in this GB/T 2260 region')
    .option('--measure <measures>', `drill down: the items of these measures (comma-separated: ${MEASURES.join(', ')})`)
    .option('--activity <activities>', 'drill down: only these activities or ore types (comma-separated)')
    .option('--product <products>', 'drill down: only these products (comma-separated)')
    .option('--after <seq>', 'drill down: the page after this event (the last page\'s "next")')
    .option('--limit <n>', `drill down: events per page, at most ${STATS_DRILL_PAGE_MAX}`, '100')
    .action(async (figure: string, options: { period: string; region?: string; measure?: string; activity?: string; product?: string; after?: string; limit: string }) => {
      const global = program.opts<GlobalOptions>();
      const months = periodMonths(options.period);
      checkRegion(options.region);
      const filter = { ...months, ...(options.region === undefined ? {} : { region: options.region }) };
      if (options.measure === undefined) {
        if (!(DASHBOARD_FIGURES as readonly string[]).includes(figure)) throw new UsageError(`the figure must be one of ${DASHBOARD_FIGURES.join(', ')}, got ${figure}`);
        printJson(await withStore(global, (store) => dashboardFigure(store, figure as DashboardFigure, filter)));
        return;
      }
      const measures = options.measure.split(',');
      const unknown = measures.filter((m) => !(MEASURES as readonly string[]).includes(m));
      if (unknown.length > 0) throw new UsageError(`--measure takes ${MEASURES.join(', ')}; not ${unknown.join(', ')}`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > STATS_DRILL_PAGE_MAX) throw new UsageError(`--limit must be a whole number from 1 to ${STATS_DRILL_PAGE_MAX}, got ${options.limit}`);
      if (options.after !== undefined && !/^\d+$/.test(options.after)) throw new UsageError(`--after must be an event's seq, got ${options.after}`);
      const key: FigureKey = {
        measures: measures as Measure[], ...filter,
        ...(options.activity === undefined ? {} : { activities: options.activity.split(',') }),
        ...(options.product === undefined ? {} : { products: options.product.split(',') }),
      };
      printJson(await withStore(global, async (store) => {
        await refreshStats(store);
        return drillDown(store.db, key, { limit, ...(options.after === undefined ? {} : { after: Number(options.after) }) });
      }));
    });
}

/** A year, quarter or month as its first and last months. */
function periodMonths(text: string): { from: string; to: string } {
  if (/^\d{4}$/.test(text)) return { from: `${text}-01`, to: `${text}-12` };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter !== null) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    const month = (m: number) => `${quarter[1]}-${String(m).padStart(2, '0')}`;
    return { from: month(first), to: month(first + 2) };
  }
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { from: text, to: text };
  throw new UsageError(`--period must be a year (2024), a quarter (2024-Q2) or a month (2024-06), got ${text}`);
}

/** Writes the report; returns where, or undefined when it went to standard output. */
async function writeReport(report: AnnualReport, format: Format, out: string | undefined): Promise<string | undefined> {
  const write = (path: string, content: string | Buffer) => {
    try {
      writeFileSync(path, content);
    } catch (error) {
      throw new Error(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  switch (format) {
    case 'html': {
      const html = renderReportHtml(report);
      if (out === undefined) { process.stdout.write(html); return undefined; }
      write(out, html);
      return out;
    }
    case 'pdf': {
      write(out!, await printPdf(renderReportHtml(report)));
      return out!;
    }
    case 'json': {
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (out === undefined) { process.stdout.write(json); return undefined; }
      write(out, json);
      return out;
    }
    case 'csv': {
      if (out === undefined) {
        process.stdout.write(report.tables.map((table) => `# ${table.id}: ${table.zh} / ${table.en}\r\n${tableCsv(table).replace('\uFEFF', '')}`).join('\r\n'));
        return undefined;
      }
      mkdirSync(out, { recursive: true });
      for (const table of report.tables) write(join(out, `${table.id}.csv`), tableCsv(table));
      return out;
    }
  }
}
