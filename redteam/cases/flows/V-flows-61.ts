import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { ELEMENTS } from '../../../src/domain/index.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-61',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A trading house blends terbium, lanthanum and cerium oxides in a green phosphor\'s ratio and exports the mix as phosphor',
  does: 'Green lamp phosphor, LaPO4:Ce,Tb, is not a controlled item; terbium oxide is. The Shanghai trading house buys the Longnan separator\'s July 2025 terbium oxide (about 1 t, received 07-16) and, from the Baotou separator, lanthanum and cerium oxides in the proportions of the phosphor (received 07-13). It has no phosphor plant and makes no phosphor: on 07-20 it tumbles the three oxides together in a rented blender with a phosphate filler and books the mix as "green phosphor LaPO4:Ce,Tb", whose element shares it matches to the catalogue. On 07-26 it exports the lot to Korea without a licence. July is reported on the 8th of August.',
  expect: 'Terbium oxide renamed into an uncontrolled product by a trader with no phosphor plant, four days after it arrived, then exported: the "phosphor" is the oxides it was made of; the blending, the lot, the export and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const tbGrams = heavy.grams['oxide-tb']!;
    const tbLot = sellOxide(ctx, south, heavy, 'oxide-tb', tbGrams, r.exporter, '2025-07', '2507-tb');
    const tb = s.share(tbLot, tbGrams).Tb!;
    // LaPO4:Ce,Tb holds La 26.33 %, Ce 23.61 %, Tb 10.04 % (products.ts): oxides bought to match.
    const laGrams = Math.ceil((tb * (0.2633 / 0.1004)) / (0.99 / ELEMENTS.La.oxideFactor));
    const ceGrams = Math.ceil((tb * (0.2361 / 0.1004)) / (0.99 / ELEMENTS.Ce.oxideFactor));
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-12'), 'SEP-2506-LA', laGrams, r.exporter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-12'), 'SEP-2506-CE', ceGrams, r.exporter, 'SEP-2506-CE-S1'),
    ]);
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    const ceLot = r.separator.lot('SEP-2506-CE-S1');
    const mix = add(add(s.share(tbLot, tbGrams), s.share(laLot, laGrams)), s.share(ceLot, ceGrams));
    const phosphorGrams = massAtShare(mix, 0.5998);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-la', at('2025-07-13'), laLot, laGrams),
      s.receive(r.exporter, 'rcv-2507-ce', at('2025-07-13'), ceLot, ceGrams),
      s.process(r.exporter, 'bld-2507-gp', at('2025-07-20'), [{ lot: tbLot, massGrams: tbGrams }, { lot: laLot, massGrams: laGrams }, { lot: ceLot, massGrams: ceGrams }], [
        { id: 'GP-2507-01', product: 'phosphor-green-lap', massGrams: phosphorGrams, composition: mix },
      ], { note: 'blended and bagged, Waigaoqiao rented warehouse' }),
      s.export(r.exporter, 'exp-2507-gp', at('2025-07-26'), 'GP-2507-01', phosphorGrams, 'KR', { customsDeclaration: '220120250700066120', note: 'green lamp phosphor LaPO4:Ce,Tb' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.exporter.event('bld-2507-gp'), r.exporter.event('exp-2507-gp')],
        lots: [r.exporter.lot('GP-2507-01'), tbLot],
        parties: [r.exporter.id],
      },
    };
  },
});
