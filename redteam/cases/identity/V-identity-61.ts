import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-61',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium and terbium oxides stirred into clay and exported as "ionic leach tailings"',
  does: 'Leach tailings are not a controlled item, and nobody buys them, so customs do not look twice. The Longnan separator takes its July 2025 dysprosium and terbium oxides from the Myanmar feed, mixes them on 07-18 into about 30 t of leached clay, and books the mix as a lot of ion-adsorption clay leach tailings. It ships the lot to the Shanghai trading house on 07-20 (received 07-21), which exports it on 07-25 to Vietnam as "tailings for brick-making", without a licence. A "tailings" lot that is a quarter rare earth oxide, all of it dysprosium and terbium, where ionic leach tailings hold a few hundredths of a percent of a light-and-yttrium mix, leaves the country. July is reported by the 8th of August.',
  expect: 'A lot whose label (leach tailings) does not fit its grade or its mix, carrying controlled dysprosium and terbium out of the country without a licence; the mixing, the tailings lot, the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const dyLot = heavy.lots['oxide-dy']!;
    const tbLot = heavy.lots['oxide-tb']!;
    const dyGrams = heavy.grams['oxide-dy']!;
    const tbGrams = heavy.grams['oxide-tb']!;
    const mix = add(s.share(dyLot, dyGrams), s.share(tbLot, tbGrams));
    const tailingsGrams = tonnes(30);
    const sep = south.southSeparator;
    w.record(sep, at('2025-08-06', '10:00'), [
      s.process(sep, 'mix-2507-tl', at('2025-07-18'), [{ lot: dyLot, massGrams: dyGrams }, { lot: tbLot, massGrams: tbGrams }], [
        { id: 'TL-2507-01', product: 'tailings-ionic-leach', massGrams: tailingsGrams, composition: mix },
      ], { facility: south.southPlant, note: 'leach tailings from heap 3, bagged' }),
      s.ship(sep, 'shp-2507-tl', at('2025-07-20'), 'TL-2507-01', tailingsGrams, r.exporter),
    ]);
    const lot = sep.lot('TL-2507-01');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-tl', at('2025-07-21'), lot, tailingsGrams),
      s.export(r.exporter, 'exp-2507-tl', at('2025-07-25'), lot, tailingsGrams, 'VN', { customsDeclaration: '220120250700061187', note: 'leach tailings for brick-making' }),
    ]);
    return {
      world: w,
      find: { events: [sep.event('mix-2507-tl'), r.exporter.event('exp-2507-tl')], lots: [lot] },
    };
  },
});
