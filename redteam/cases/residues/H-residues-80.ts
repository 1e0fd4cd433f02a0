import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-80',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Acid water-leach residue neutralised with lime before storage: the lot leaves 15 % heavier than it was made',
  does: 'The residue of acid roasting comes off the filters acidic, and the licensed store accepts it only at pH 7 to 8. On 06-22 the Baotou separator mixes its June residue (450 t) with slaked lime in its neutralisation tank and books the neutralised cake as a new residue lot of 517.5 t (15 % more, lime and water of hydration, an estimate), every gram of rare earth in it; it ships it to the store on 06-24, which places it on 06-27. Everyone reports on time.',
  expect: 'Nothing: the residue gains lime, not rare earths, and all of it reaches licensed disposal within days.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const held = s.lot(june.residue);
    const input = held.massGrams;
    const neutralised = { id: 'SEP-2506-RES-N', product: 'slag-water-leach-residue', massGrams: Math.round(input * 1.15), composition: { ...held.composition } };
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.process(r.separator, 'neu-2506-01', at('2025-06-22'), [{ lot: june.residue, massGrams: input }], [neutralised], { facility: r.separationPlant, note: 'neutralised with slaked lime to pH 7.5 for the store\'s acceptance' }),
      s.ship(r.separator, 'shp-2506-resn', at('2025-06-24'), neutralised.id, neutralised.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot(neutralised.id), neutralised.massGrams, '2506');
    return { world: w, find: {} };
  },
});
