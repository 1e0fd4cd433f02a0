import type { ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
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
  id: 'V-conservation-21',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Smuggled dysprosium laundered as a "good month" on the Dy line',
  does: 'The Longnan separator imports 100 t of Myanmar high-yttrium concentrate (92 % REO, Dy2O3 7.5 % of the REO, some 6.9 t) in July 2025 and separates it. It books every element at 94 % recovery except dysprosium, which it books at 112 %: 7.7 t of Dy2O3 out of 6.9 t fed. The 1.2 t extra is dysprosium oxide bought from an unlicensed workshop; passed through the Dy line, it comes out as licensed product. Dy is under a tenth of the REO, so the month\'s total recovery reads 95.4 %, a good plant\'s figure.',
  expect: 'The separator\'s dysprosium balance: more Dy out than any input held, while the REO total closes; the process event, the Dy oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const ln = south.southSeparator;
    const feed: LotSpec = { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: tonnes(100) };
    const importEvent = s.import(ln, 'imp-2507-01', at(day('2025-07', 2)), feed, 'MM', '530620250700017788');
    const held = s.lot(ln.lot(feed.id)).composition;
    const recovered = { ...scale(held, 0.94), Dy: Math.floor((held.Dy ?? 0) * 1.12) };
    const outputs: LotSpec[] = [];
    for (const line of LINES) {
      const composition = pick(recovered, line.elements);
      if (Object.keys(composition).length === 0) continue;
      outputs.push({ id: `LN-2507-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
    }
    w.record(ln, reportTime('2025-07', 6), [
      importEvent,
      s.process(ln, 'sep-2507-hy', at(day('2025-07', 9)), [{ lot: feed.id, massGrams: feed.massGrams }], outputs, { facility: south.southPlant, note: 'Myanmar high-yttrium feed; Dy line ran well this month' }),
    ]);
    return { world: w, find: { parties: [ln.id], events: [ln.event('sep-2507-hy')], lots: [ln.lot('LN-2507-DY')] } };
  },
});
