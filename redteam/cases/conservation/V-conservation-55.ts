import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-55',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide received "2 t short" for an insurance claim, then smelted into as much metal as the full 40 t would give',
  does: 'In July 2025 the Baotou separator ships 40 t of NdPr oxide to the metal smelter. The smelter books the receipt at 38 t, "two bulk bags missing from the truck", and claims the 2 t from the haulier\'s insurer. The bags were never missing: the cells are fed the full 40 t, and the campaign\'s metal is booked at 97 % of the Pr and Nd of 40 t, some 1.6 t of metal more than 38 t of oxide can give. The metal goes to the Ningbo magnet maker as usual.',
  expect: 'An electrolysis that makes more Pr and Nd than the oxide it held after a short receipt: the receipt, the electrolysis and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const shipped = tonnes(40);
    const received = tonnes(38);
    const local = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), local, shipped, r.smelter, `${local}-S2`)]);
    const oxide = r.separator.lot(`${local}-S2`);
    const metal = smelt(s.share(oxide, shipped), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-09'), oxide, received, 'two bulk bags missing from the truck: 2 t short, claim lodged with the haulier\'s insurer'),
      s.process(r.smelter, 'met-2507-01', at('2025-07-15'), [{ lot: oxide, massGrams: received }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-20'), metal.id, tonnes(20), r.magnets, 'MET-2507-01-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-22'), r.smelter.lot('MET-2507-01-S1'), tonnes(20))]);
    return { world: w, find: { events: [r.smelter.event('rcv-2507-ndpr'), r.smelter.event('met-2507-01')], lots: [r.smelter.lot('MET-2507-01')], parties: [r.smelter.id] } };
  },
});
