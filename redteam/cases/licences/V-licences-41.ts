import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-41',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A light rare earth separator opens a heavy line and makes terbium and dysprosium oxides',
  does: 'The Baotou separator\'s licence names what it may make: NdPr, lanthanum and cerium oxides, the Sm–Eu–Gd and heavy rare earth enriched oxides, and its water-leach residue. Its heavy enriched oxide sells at a discount, so in July 2025 it commissions a small extraction cascade and, on 07-18, runs the 2.5 t of heavy enriched oxide from its June campaign through it: 0.46 t of terbium oxide, 0.46 t of dysprosium oxide and 1.38 t of yttrium oxide, each at 99 %, 96 % recovery. It reports the run with July on 08-06.',
  expect: 'Separation into products outside the licence\'s scope: single heavy rare earth oxides made under a licence for light products and enriched mixtures; the heavy-line run, its Tb and Dy oxide lots and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.separationLicence, { scope: { products: ['oxide-ndpr', 'oxide-la', 'oxide-ce', 'mixed-oxide-smeugd', 'mixed-oxide-heavy', 'slag-water-leach-residue'] } });
    const june = honestMonth(ctx, '2025-06');
    const heavyLot = june.separation.byProduct['mixed-oxide-heavy']!;
    const held = s.lot(r.separator.lot(heavyLot.id));
    const recovered = scale(held.composition, 0.96);
    const outputs = (['Tb', 'Dy', 'Y'] as const).map((symbol) => {
      const composition = pick(recovered, [symbol]);
      return { id: `SEP-2507-${symbol.toUpperCase()}`, product: `oxide-${symbol.toLowerCase()}`, massGrams: oxideMass(composition), composition };
    });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'hre-2507-01', at('2025-07-18'), [{ lot: heavyLot.id, massGrams: held.massGrams }], outputs, { facility: r.separationPlant, note: 'new heavy-line cascade (P507/naphthenic acid), first campaign' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.separator.event('hre-2507-01')],
        lots: [r.separator.lot('SEP-2507-TB'), r.separator.lot('SEP-2507-DY')],
        parties: [r.separator.id],
      },
    };
  },
});
