import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-91',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide stirred into NdPr oxide at 5 % and exported as NdPr oxide, which needs no licence',
  does: 'The Shanghai trading house buys 19 t of NdPr oxide from the Baotou separator (shipped 07-03, received 07-04) and 1 t of Dy2O3 from the Longnan separator (received 07-16). On 07-18 it blends them in its bonded warehouse into 20 t of "PrNd oxide" and on 07-25 exports the lot to Japan as NdPr oxide, which has needed no export licence since 2025-04-04; the buyer\'s plant separates the dysprosium back out. A lot that carries dysprosium is a controlled oxide whatever its label. Everyone reports on time.',
  expect: 'An oxide labelled NdPr that carries 4 % dysprosium, exported without a licence: the blend, its lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndpr = june.separation.byProduct['oxide-ndpr']!;
    const ndprGrams = tonnes(19);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-pj', at('2025-07-03'), ndpr.id, ndprGrams, r.exporter, 'SEP-2506-NDPR-PJ')]);
    const ndprLot = r.separator.lot('SEP-2506-NDPR-PJ');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const dyGrams = tonnes(1);
    const dyLot = sellOxide(ctx, south, heavy, 'oxide-dy', dyGrams, r.exporter, '2025-07', '2507-dy');
    const blend = add(s.lot(ndprLot).composition, s.lot(dyLot).composition);
    const blendGrams = Math.min(oxideMass(blend, 0.99), ndprGrams + dyGrams);
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-pj', at('2025-07-04'), ndprLot, ndprGrams),
      s.process(r.exporter, 'blend-2507-01', at('2025-07-18'), [{ lot: ndprLot, massGrams: ndprGrams }, { lot: dyLot, massGrams: dyGrams }], [
        { id: 'PJ-2507-PRND', product: 'oxide-ndpr', massGrams: blendGrams, composition: blend },
      ], { note: 'blended and re-bagged in 1 t bags' }),
      s.export(r.exporter, 'exp-2507-prnd', at('2025-07-25'), 'PJ-2507-PRND', blendGrams, 'JP', { customsDeclaration: '220120250700052290' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('blend-2507-01'), r.exporter.event('exp-2507-prnd')], lots: [r.exporter.lot('PJ-2507-PRND')] },
    };
  },
});
