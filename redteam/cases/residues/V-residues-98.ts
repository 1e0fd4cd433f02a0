import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { industrialLandfill } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-residues-98',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing residue run through the recycler\'s leach tanks and landfilled as its own recycling residue',
  does: 'The separator ships June\'s 450 t of water-leach residue to the Ganzhou recycler on 2025-07-03 (received 07-05) for a fee well under the radioactive store\'s. On 07-10 the recycler books a "leach" of it that yields nothing but 450 t of "NdFeB recycling leach residue", the same mass and the same rare earths, and on 07-14 sends that to a Baotou industrial landfill licensed only for non-radioactive recycling residues, which landfills it on 07-16. The thorium went into an ordinary landfill under another name.',
  expect: 'A radioactive residue renamed into a non-radioactive one by a process that changes nothing but its code, and landfilled; the residue lots, the recycler\'s process and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const landfill = industrialLandfill(ctx);
    const residue = month.residue;
    const local = residue.split(':')[1]!;
    const grams = s.lot(residue).massGrams;
    const composition = { ...s.lot(residue).composition };
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-03'), local, grams, r.recycler, undefined, 'for treatment')]);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-res', at('2025-07-05'), residue, grams),
      s.process(r.recycler, 'rec-2507-res', at('2025-07-10'), [{ lot: residue, massGrams: grams }], [
        { id: 'RR-2507-01', product: 'slag-recycling-residue', massGrams: grams, composition },
      ], { facility: r.recyclingPlant, note: 'acid leach' }),
      s.ship(r.recycler, 'shp-2507-rr', at('2025-07-14'), 'RR-2507-01', grams, landfill.party),
    ]);
    w.record(landfill.party, at('2025-08-08', '10:00'), [
      s.receive(landfill.party, 'rcv-2507-rr', at('2025-07-15'), r.recycler.lot('RR-2507-01'), grams),
      s.dispose(landfill.party, 'dsp-2507-rr', at('2025-07-16'), r.recycler.lot('RR-2507-01'), grams, 'landfill', landfill.site),
    ]);
    return {
      world: w,
      find: { lots: [residue, r.recycler.lot('RR-2507-01')], events: [r.recycler.event('rec-2507-res'), landfill.party.event('dsp-2507-rr')], parties: [r.recycler.id] },
    };
  },
});
