import { defineCase } from '../../lib/case.ts';
import type { Composition, ElementSymbol } from '../../../src/domain/index.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { LotSpec } from '../../lib/scribe.ts';

export default defineCase({
  id: 'H-licences-42',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide carrying 0.4 % terbium exported on a dysprosium-only licence',
  does: 'The Longnan separator imports 100 t of Myanmar high-yttrium concentrate on 2025-07-02 and separates it on 07-09. Its Dy oxide is a commercial 99.5 % grade (Dy2O3 / TREO): terbium, the neighbour hardest to part from dysprosium, stays in it at 0.4 % of the REO, as the grade allows. The Shanghai trading house, licensed to export dysprosium oxide to Japan (5 t REO, elements: Dy), buys 2 t of it on 07-15 and exports it on 08-04 under the licence. Everyone reports on time.',
  expect: 'Nothing: the item exported is dysprosium oxide of an ordinary commercial grade, the item the licence names; 0.4 % terbium is an impurity of that grade, not a terbium compound.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025C', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const feed: LotSpec = { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: tonnes(100) };
    const importEvent = s.import(south.southSeparator, 'imp-2507-01', at(day('2025-07', 2)), feed, 'MM', '5306250700017788');
    const recovered = scale(s.lot(south.southSeparator.lot(feed.id)).composition, 0.96);
    // Terbium left in the Dy cut: 0.4 % of its REO.
    const tbInDy = Math.round(recovered.Dy! * 0.004);
    const dyCut: Composition = { Dy: recovered.Dy!, Tb: tbInDy };
    const tbCut: Composition = { Tb: recovered.Tb! - tbInDy };
    const lines: [string, string, Composition, number][] = [
      ['Y', 'oxide-y', pick(recovered, ['Y']), 0.99],
      ['DY', 'oxide-dy', dyCut, 0.99],
      ['TB', 'oxide-tb', tbCut, 0.99],
      ['HO', 'oxide-ho', pick(recovered, ['Ho']), 0.99],
      ['ER', 'oxide-er', pick(recovered, ['Er']), 0.99],
      ['GD', 'oxide-gd', pick(recovered, ['Gd']), 0.99],
      ['SM', 'oxide-sm', pick(recovered, ['Sm']), 0.99],
      ['LREE', 'mixed-oxide-lace', pick(recovered, ['La', 'Ce']), 0.99],
      ['NDPR', 'oxide-ndpr', pick(recovered, ['Pr', 'Nd']), 0.99],
      ['REST', 'mixed-oxide-heavy', pick(recovered, ['Eu', 'Tm', 'Yb', 'Lu'] as ElementSymbol[]), 0.95],
    ];
    const outputs: LotSpec[] = lines.map(([suffix, product, composition, purity]) => ({ id: `LN-2507-${suffix}`, product, massGrams: oxideMass(composition, purity), composition }));
    const sold = tonnes(2);
    w.record(south.southSeparator, reportTime('2025-07', 6), [
      importEvent,
      s.process(south.southSeparator, 'sep-2507-hy', at(day('2025-07', 9)), [{ lot: feed.id, massGrams: feed.massGrams }], outputs, { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
      s.ship(south.southSeparator, 'shp-2507-dy', at(day('2025-07', 15)), 'LN-2507-DY', sold, r.exporter, 'LN-2507-DY-PJ'),
    ]);
    const lot = south.southSeparator.lot('LN-2507-DY-PJ');
    w.record(r.exporter, at('2025-08-07', '10:00'), [s.receive(r.exporter, 'rcv-2507-dy', at('2025-07-16'), lot, sold)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-04'), lot, sold, 'JP', { licence, customsDeclaration: '220120250800046611' }),
    ]);
    return { world: w, find: {} };
  },
});
