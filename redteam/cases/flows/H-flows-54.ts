import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes, totalGrams, metalMass } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleReceived } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-flows-54',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A cell failure at the smelter: 2.1 t of carbon- and iron-contaminated NdPr metal sold to the recycler as metal scrap',
  does: 'In July 2025 the Baotou metal smelter reduces 30 t of the separator\'s June NdPr oxide. One cell\'s cathode fails mid-campaign and its metal picks up graphite and iron from the crucible: 2.1 t at about 88 % rare earths (an estimate), which no magnet maker will take. The smelter books it as rare earth metal scrap from the same electrolysis and sells it to the Ganzhou recycler, which dissolves and separates it into recycled NdPr oxide; its small leach residue goes to the licensed store.',
  expect: 'Nothing: genuinely off-spec metal, a small share of one campaign at a scrap\'s grade, recycled by a licensed recycler; the campaign as a whole keeps the usual yield.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(30);
    const shipment = `${june.ndprOxide.split(':')[1]}-S2`;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-05'), june.ndprOxide.split(':')[1]!, oxideGrams, r.smelter, shipment)]);
    const oxide = r.separator.lot(shipment);
    const recovered = scale(s.share(oxide, oxideGrams), 0.97);
    const scrapGrams = tonnes(2.1);
    const scrap = scale(recovered, (scrapGrams * 0.88) / totalGrams(recovered));
    const metal = subtract(recovered, scrap);
    w.record(r.smelter, at('2025-08-07', '09:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-06'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-12'), [{ lot: oxide, massGrams: oxideGrams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
        { id: 'MS-2507-01', product: 'scrap-re-metal', massGrams: scrapGrams, composition: scrap },
      ], { facility: r.metalPlant, note: 'cell 7 cathode failure: its metal graphite- and iron-contaminated, sorted as scrap' }),
      s.ship(r.smelter, 'shp-2507-scrap', at('2025-07-15'), 'MS-2507-01', scrapGrams, r.recycler),
    ]);
    recycleReceived(ctx, '2025-07', '2507', r.smelter.lot('MS-2507-01'), scrapGrams, 16, 18, 22, 0.3);
    return { world: w, find: {} };
  },
});
