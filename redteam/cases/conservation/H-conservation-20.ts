import type { ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { LotSpec } from '../../lib/scribe.ts';

const LINES: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'LREE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'REST', product: 'mixed-oxide-heavy', elements: ['Eu', 'Tm', 'Yb', 'Lu'], purity: 0.95 },
];

export default defineCase({
  id: 'H-conservation-20',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Two feeds in one run: far more dysprosium out than the domestic feed held',
  does: 'In June 2025 the Longnan separator receives 100 t of light ionic concentrate from the Xunwu mine (Dy2O3 1 % of its REO, under 1 t) and imports 50 t of Myanmar high-yttrium concentrate (Dy2O3 7.5 % of the REO, about 3.5 t), declared to the group as imported ore. It blends both into one solvent-extraction campaign on 06-20 and recovers 95 % of every element: 4.1 t of Dy2O3, over four times what the domestic feed alone held.',
  expect: 'Nothing: the process names both inputs, and each element\'s output (Dy included) is 95 % of what the two together held; the ionic feed is within the separator\'s ionic quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const ln = south.southSeparator;
    const domestic = mineIonic(ctx, south, '2025-06', '2506');
    const imported: LotSpec = { id: 'MM-2506-01', product: 'concentrate-ionic-high-y', massGrams: tonnes(50) };
    const importEvent = s.import(ln, 'imp-2506-01', at(day('2025-06', 2)), imported, 'MM', '530620250600017701');
    const receipt = s.receive(ln, 'rcv-2506-01', at(day('2025-06', 13)), domestic.lot, domestic.massGrams);
    const recovered = scale(add(s.lot(domestic.lot).composition, s.lot(ln.lot(imported.id)).composition), 0.95);
    const outputs: LotSpec[] = [];
    for (const line of LINES) {
      const composition = pick(recovered, line.elements);
      if (Object.keys(composition).length === 0) continue;
      outputs.push({ id: `LN-2506-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
    }
    w.record(ln, reportTime('2025-06', 6), [
      importEvent,
      receipt,
      s.process(ln, 'sep-2506-mix', at(day('2025-06', 20)), [
        { lot: domestic.lot, massGrams: domestic.massGrams },
        { lot: imported.id, massGrams: imported.massGrams },
      ], outputs, { facility: south.southPlant, note: 'one campaign on Xunwu light feed and imported Myanmar high-Y feed (imported ore reported to the group)' }),
    ]);
    return { world: w, find: {} };
  },
});
