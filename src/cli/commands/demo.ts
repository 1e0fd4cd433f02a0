import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_DATA_DIR } from '../../store/index.ts';
import { runDemo, STAGES, type DemoSummary, type Stage } from '../../sim/index.ts';
import { printJson, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('generate a deterministic year of the synthetic rare earth industry, record it through the capture path, ' +
      'and write the labelled violations to DATA/ground-truth.json')
    .option('--year <year>', 'the year to generate', integer('--year'), 2024)
    .option('--seed <n>', 'random seed: the same seed and scale give the same ledger', integer('--seed'), 1)
    .option('--scale <s>', 'size against the national industry (1); 0.01 runs in seconds', number('--scale'), 1)
    .action(async (options: { year: number; seed: number; scale: number }) => {
      const global = program.opts<GlobalOptions>();
      const summary = await generateDemo(global, options, global.json !== true);
      if (global.json === true) return printJson(summary);
      process.stdout.write(formatSummary(summary));
    });
}

/** Runs the demo into the configured store; shared with `start`, which loads a small one. */
export async function generateDemo(global: GlobalOptions, options: { year: number; seed: number; scale: number }, showProgress: boolean): Promise<DemoSummary> {
  const dataDir = resolve(global.data ?? DEFAULT_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const progress = progressBar(`demo ${options.year} ×${options.scale}`, 'months', showProgress);
  try {
    return await withStore(global, (store) => runDemo(store, {
      ...options,
      groundTruthDir: dataDir,
      onProgress: (months) => progress.update(months, 12),
    }));
  } finally {
    progress.stop();
  }
}

const STAGE_NAMES: Record<Stage, string> = {
  'extracted-rock': 'mined, rock ore (Bayan Obo, Sichuan)',
  'extracted-ionic': 'mined, ion-adsorption clays',
  concentrate: 'beneficiated concentrate',
  imported: 'imported (concentrate, PrNd oxide)',
  separated: 'separated oxides and compounds',
  metal: 'metals',
  magnet: 'NdFeB magnets',
  material: 'catalysts, polishing, phosphors, H-storage, alloys',
  collected: 'collected scrap (recycling intake)',
  recycled: 'recovered by recyclers',
  'recycled-pre-consumer': '  of it from pre-consumer scrap',
  'recycled-post-consumer': '  of it from post-consumer scrap',
  'exported-magnet': 'exported magnets',
  'exported-other': 'exported compounds and metals',
  delivered: 'delivered to final users at home',
  disposed: 'disposed of (slag, tailings)',
};

function formatSummary(s: DemoSummary): string {
  const tonnes = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = [
    `Generated ${s.year} (seed ${s.seed}, scale ${s.scale}${s.figuresOf === s.year ? '' : `, modelled on ${s.figuresOf}'s published figures`}) in ${s.seconds} s: ` +
      `${s.events.toLocaleString('en-US')} events in ${s.documents.toLocaleString('en-US')} documents (${s.eventsPerSecond.toLocaleString('en-US')} events/s), ` +
      `${s.lots.toLocaleString('en-US')} lots, ${s.parties} parties`,
    `  root ${s.root} at size ${s.treeSize}`,
    '',
    `  ${'stage'.padEnd(52)}${'t'.padStart(14)}${'t REO'.padStart(12)}${'lots'.padStart(10)}`,
    ...STAGES.map((stage) => {
      const f = s.stages[stage];
      return `  ${STAGE_NAMES[stage].padEnd(52)}${tonnes(f.tonnes).padStart(14)}${tonnes(f.tonnesReo).padStart(12)}${f.lots.toLocaleString('en-US').padStart(10)}`;
    }),
    '',
    `  violations: ${Object.entries(s.violations).filter(([, n]) => n > 0).map(([c, n]) => `${c} ${n}`).join(', ')}` +
      ` (${s.refusedAttempts} double spends refused)`,
    ...(s.groundTruthFile === undefined ? [] : [`  ground truth: ${s.groundTruthFile}`]),
  ];
  return `${lines.join('\n')}\n`;
}

function integer(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} takes a whole number, got "${value}"`);
    return Number(value);
  };
}

function number(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsed)) throw new InvalidArgumentError(`${name} takes a number, got "${value}"`);
    return parsed;
  };
}
