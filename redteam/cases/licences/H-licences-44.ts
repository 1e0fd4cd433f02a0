import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-44',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The Ningbo magnet maker takes 30 t of NdPr oxide in settlement of a debt and sells it unopened to the licensed smelter',
  does: 'A bankrupt customer settles its debt to the magnet maker with 30 t of NdPr oxide it had bought from the Baotou separator, which ships it to the magnet maker on 2025-07-05 (received 07-07). The magnet maker cannot use oxide and sells the sealed bags on 07-14 to the Baotou metal smelter (received 07-16), which reduces them on 07-22 in its licensed hall.',
  expect: 'Nothing: holding and selling oxide is circulation, not smelting; the reduction is done by the licensed smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-mg', at('2025-07-05'), june.ndprOxide, grams, r.magnets, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.magnets, at('2025-08-07', '12:00'), [
      s.receive(r.magnets, 'rcv-2507-ox', at('2025-07-07'), oxide, grams),
      s.ship(r.magnets, 'shp-2507-ox', at('2025-07-14'), oxide, grams, r.smelter, undefined, 'sealed bags, debt settlement stock'),
    ]);
    const metal = smelt(s.share(oxide, grams), 'MET-2507-02', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ox', at('2025-07-16'), oxide, grams),
      s.process(r.smelter, 'met-2507-02', at('2025-07-22'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
    ]);
    return { world: w, find: {} };
  },
});
