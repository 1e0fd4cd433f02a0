import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyLots } from '../../lib/round16.ts';
import { sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-identity-97',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Samarium oxide booked off the cascade as "neodymium oxide" and exported to the United States without a licence',
  does: 'The Longnan separator imports 100 t of Myanmar high-yttrium concentrate on 2025-07-02 and separates it on 07-09 into single oxides. The samarium fraction, 2 t of Sm2O3, it books as a lot of neodymium oxide, and on 07-15 sells it so labelled to the Shanghai trading house, which exports it on 07-22 to a Houston magnet distributor, citing no licence. Samarium oxide needs a dual-use licence since 2025-04-04 (SmCo magnets are made of it); neodymium oxide needs none.',
  expect: 'A lot labelled neodymium oxide that holds samarium and no neodymium, exported without a licence; the separator\'s lot, the export and the parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const feed = { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: tonnes(100) };
    const imp = s.import(sep, 'imp-2507-01', at('2025-07-02'), feed, 'MM', '530620250700017788');
    const lots = heavyLots(scale(s.lot(sep.lot(feed.id)).composition, 0.96), 'LN-2507').map((lot) => (lot.product === 'oxide-sm' ? { ...lot, id: 'LN-2507-ND', product: 'oxide-nd' } : lot));
    const nd = lots.find((lot) => lot.id === 'LN-2507-ND')!;
    w.record(sep, at('2025-08-06', '10:00'), [
      imp,
      s.process(sep, 'sep-2507-hy', at('2025-07-09'), [{ lot: feed.id, massGrams: feed.massGrams }], lots, { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
    ]);
    const sold = sale(ctx, sep, r.exporter, nd.id, tonnes(2), `${nd.id}-S1`, '2507-nd', at('2025-07-15'), at('2025-07-16'));
    w.record(sep, at('2025-08-06', '11:00'), [sold.ship]);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      sold.receive,
      s.export(r.exporter, 'exp-2507-nd', at('2025-07-22'), sold.lot, tonnes(2), 'US', { customsDeclaration: '220120250700061577' }),
    ]);
    return {
      world: w,
      find: { lots: [sep.lot(nd.id), sold.lot], events: [r.exporter.event('exp-2507-nd'), sep.event('sep-2507-hy')], parties: [r.exporter.id] },
    };
  },
});
