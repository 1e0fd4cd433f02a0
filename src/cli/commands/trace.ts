import type { Command } from 'commander';
import { TRACE_DEPTH_MAX, TRACE_PAGE_MAX } from '../../limits.ts';
import { traceBackward, traceForward, traceMineOutput, yearPeriod, type MineOutputTrace, type Trace, type Viewer } from '../../provenance/index.ts';
import { validateUscc } from '../../domain/uscc.ts';
import { formatGrams, printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';

export function wholeNumberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  return n;
}

/** The CLI opens the database itself, so it sees as a regulator unless told to see as an enterprise. */
export function viewerOption(party: string | undefined): Viewer {
  if (party === undefined) return { role: 'regulator' };
  const invalid = validateUscc(party);
  if (invalid !== null) throw new UsageError(`--as ${party}: ${invalid}`);
  return { role: 'enterprise', party };
}

export function registerTraceCommand(program: Command): void {
  program
    .command('trace [lot]')
    .description('where a lot came from (its ancestor lots, events, parties and facilities) or, with --forward, where it went; ' +
      'with --mine, where everything extracted at a mine in a year (or period) went')
    .option('--forward', 'every lot that received material from it')
    .option('--mine <facility>', 'instead of one lot, every lot extracted at this mine in --year (or --from … --to), traced forward')
    .option('--year <year>', 'with --mine: the calendar year, in China Standard Time (UTC+08:00)')
    .option('--from <time>', 'with --mine: the period\'s start, an ISO 8601 date-time with an offset (inclusive)')
    .option('--to <time>', 'with --mine: the period\'s end (exclusive)')
    .option('--depth <n>', `edges to follow (at most ${TRACE_DEPTH_MAX})`)
    .option('--limit <n>', `lots per page (at most ${TRACE_PAGE_MAX})`, '200')
    .option('--offset <n>', 'the page starting after this many lots (the "more:" of the page before)')
    .option('--as <uscc>', 'see it as this enterprise sees it: upstream only by region, country and source type')
    .action(async (lot: string | undefined, options: { forward?: boolean; mine?: string; year?: string; from?: string; to?: string; depth?: string; limit: string; offset?: string; as?: string }) => {
      const global = program.opts<GlobalOptions>();
      const depthMax = wholeNumberOption(options.depth, '--depth', 0, TRACE_DEPTH_MAX);
      const limit = wholeNumberOption(options.limit, '--limit', 1, TRACE_PAGE_MAX);
      const offset = wholeNumberOption(options.offset, '--offset', 0, Number.MAX_SAFE_INTEGER);
      const traceOptions = {
        viewer: viewerOption(options.as),
        ...(depthMax === undefined ? {} : { depthMax }),
        ...(limit === undefined ? {} : { limit }),
        ...(offset === undefined ? {} : { offset }),
      };
      if (options.mine !== undefined) {
        if (lot !== undefined) throw new UsageError('trace takes a lot or --mine, not both');
        const period = minePeriod(options);
        const trace = await withStore(global, (store) => traceMineOutput(store, { facility: options.mine!, ...period }, traceOptions));
        if (global.json === true) return printJson(trace);
        process.stdout.write(formatTrace(trace));
        return;
      }
      if (options.year !== undefined || options.from !== undefined || options.to !== undefined) throw new UsageError('--year, --from and --to go with --mine');
      if (lot === undefined) throw new UsageError('trace takes a lot (USCC:local-id), or --mine FACILITY with --year YEAR');
      const trace = await withStore(global, (store) => (options.forward === true ? traceForward : traceBackward)(store, lot, traceOptions));
      if (global.json === true) return printJson(trace);
      process.stdout.write(formatTrace(trace));
    });
}

function minePeriod(options: { year?: string; from?: string; to?: string }): { from: string; to: string } {
  if (options.year !== undefined) {
    if (options.from !== undefined || options.to !== undefined) throw new UsageError('--mine takes --year or --from and --to, not both');
    const year = wholeNumberOption(options.year, '--year', 1, 9998)!;
    return yearPeriod(year);
  }
  if (options.from === undefined || options.to === undefined) throw new UsageError('--mine needs --year YEAR, or --from and --to');
  return { from: options.from, to: options.to };
}

function formatTrace(trace: Trace | MineOutputTrace): string {
  const what = 'root' in trace ? trace.root : `the ${trace.rootsTotal} lots extracted at ${trace.facility} from ${trace.from} to ${trace.to}`;
  const lines = [`${trace.direction} trace of ${what}: ${trace.lotsTotal} lots${trace.complete ? '' : ' (walk cut at its bound: incomplete)'}${trace.depthReached ? `, depth bound ${trace.limits.depthMax} reached` : ''}`];
  const parties = new Map(trace.parties.map((p) => [p.ref, p]));
  for (const lot of trace.lots) {
    const holder = parties.get(lot.holder);
    const who = holder?.nameEn ?? `${holder?.roles.join('/') || 'party'} in ${holder?.region ?? '?'}`;
    lines.push(`${'  '.repeat(lot.depth)}${lot.ref}  ${lot.product}  ${formatGrams(lot.massGrams)}  ${lot.status}  ${who}`);
  }
  const root = trace.lots.find((l) => l.depth === 0);
  if (root !== undefined && 'root' in trace) {
    lines.push('origin:');
    for (const entry of root.origin) {
      const where = [entry.source, entry.regionName ?? entry.region, entry.country].filter((x) => x !== undefined).join(', ');
      const elements = Object.entries(entry.elements).map(([e, g]) => `${e} ${formatGrams(g)}`).join(', ');
      lines.push(`  ${entry.type}${where === '' ? '' : ` (${where})`}: ${elements}`);
    }
  }
  if (trace.next !== undefined) lines.push(`more: --offset ${trace.next}`);
  return `${lines.join('\n')}\n`;
}
