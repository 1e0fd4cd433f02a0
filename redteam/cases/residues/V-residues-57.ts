import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld, sinterJune } from '../../lib/round17.ts';
import { leachScrap } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-residues-57',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The recycler books its leach residue as "yard fill" under its new warehouse floor',
  does: 'The Ganzhou recycler leaches the Ningbo magnet maker\'s grinding swarf (shipped 2025-07-08, received 07-10) on 07-15. Landfill gate fees have doubled, and it is building a warehouse: on 07-18 it books the whole leach residue, iron hydroxide with the rare earths the leach left and the acid it carries, as disposed of at its own plant, "levelling fill under the new warehouse floor". The recycler holds no disposal licence and its plant is no disposal site. July is reported on time.',
  expect: 'A leach residue disposed of by a party without a disposal licence, at a plant: the disposal and the residue lot.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const sint = sinterJune(ctx, june, at('2025-07-03'), '2507');
    w.record(r.magnets, at('2025-08-05', '09:00'), [
      sint.event,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-08', '09:00'), sint.swarf, sint.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under water'),
    ]);
    const swarf = r.magnets.lot(sint.swarf);
    const leach = leachScrap(ctx, r.recycler, swarf, sint.swarfGrams, 'RC-2507', 'rec-2507-01', at('2025-07-15'), r.recyclingPlant);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-10', '09:00'), swarf, sint.swarfGrams),
      leach.event,
      s.dispose(r.recycler, 'dsp-2507-rres', at('2025-07-18'), leach.residue, leach.residueGrams, 'other', r.recyclingPlant),
    ]);
    return { world: w, find: { events: [r.recycler.event('dsp-2507-rres')], lots: [r.recycler.lot(leach.residue)] } };
  },
});
