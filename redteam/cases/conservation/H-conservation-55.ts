import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-55',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide received 15 kg short from a split bulk bag, and smelted at 97 % of what arrived',
  does: 'In July 2025 the Baotou separator ships 40 t of NdPr oxide to the metal smelter. One bulk bag is split by a forklift at the smelter\'s dock and 15 kg of powder are swept up as floor sweepings unfit for the cells; the smelter books the receipt at 39.985 t with the reason and feeds what arrived to its cells at the usual 97 % yield (the library\'s estimate). 20 t of the metal go to the Ningbo magnet maker.',
  expect: 'Nothing: a small, explained shortfall, and metal made from what was received.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const shipped = tonnes(40);
    const received = shipped - tonnes(0.015);
    const local = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), local, shipped, r.smelter, `${local}-S2`)]);
    const oxide = r.separator.lot(`${local}-S2`);
    const receive = s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-09'), oxide, received, 'one bulk bag split at the dock by a forklift: 15 kg swept up, unfit for the cells');
    const metal = smelt(s.share(oxide, received), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      receive,
      s.process(r.smelter, 'met-2507-01', at('2025-07-15'), [{ lot: oxide, massGrams: received }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-20'), metal.id, tonnes(20), r.magnets, 'MET-2507-01-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-22'), r.smelter.lot('MET-2507-01-S1'), tonnes(20))]);
    return { world: w, find: {} };
  },
});
