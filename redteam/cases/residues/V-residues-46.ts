import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { at } from '../../lib/chem.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-46',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed residue store takes a thorium-bearing residue lot and lets it go as road-base fill for a county road contract',
  does: 'The Baotou separator sends its 450 t of June water-leach residue to the licensed radioactive-residue store as usual (06-24). The store receives it on 06-25 but, its cells near full, books its disposal on 06-28 by method "other", with no site, note "used as sub-base fill, haul road works": the residue went by tipper to a county road contractor. Thorium-bearing residue must be placed in licensed radioactive storage.',
  expect: 'A radioactive residue disposed of by a method and at a place no disposal licence covers: the store\'s disposal event, the residue lot and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const mass = s.lot(lots.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), lots.residue, mass, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), lots.residue, mass),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-28'), lots.residue, mass, 'other'),
    ]);
    return { world: w, find: { parties: [r.disposer.id], lots: [lots.residue], events: [r.disposer.event('dsp-2506-res')] } };
  },
});
