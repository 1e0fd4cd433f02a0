import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld, sinterJune } from '../../lib/round17.ts';
import { industrialLandfill } from '../../lib/round18.ts';
import { leachScrap } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-residues-57',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The recycler keeps its leach residue seven weeks in its covered yard until the landfill\'s new cell opens',
  does: 'The Ganzhou recycler leaches the Ningbo magnet maker\'s grinding swarf (shipped 2025-07-08, received 07-10) on 07-15. The licensed industrial landfill it uses has closed its full cell and opens the next on 09-01; the recycler keeps the residue in bags in its covered yard meanwhile, and ships it on 09-02; the landfill receives it on 09-03 and landfills it on 09-04. Every month is reported on time.',
  expect: 'Nothing: a non-radioactive residue held at the plant for seven weeks, on the books, then landfilled by a party licensed for it.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const landfill = industrialLandfill(ctx);
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
    ]);
    w.record(r.recycler, at('2025-10-06', '10:00'), [
      s.ship(r.recycler, 'shp-2509-rres', at('2025-09-02'), leach.residue, leach.residueGrams, landfill.party, undefined, 'bagged residue, covered trucks'),
    ]);
    const rl = r.recycler.lot(leach.residue);
    w.record(landfill.party, at('2025-10-07', '10:00'), [
      s.receive(landfill.party, 'rcv-2509-rres', at('2025-09-03'), rl, leach.residueGrams),
      s.dispose(landfill.party, 'dsp-2509-rres', at('2025-09-04'), rl, leach.residueGrams, 'landfill', landfill.site),
    ]);
    return { world: w, find: {} };
  },
});
