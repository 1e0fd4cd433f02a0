import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-91',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A recycler sends its non-radioactive leach residue to the radioactive store anyway, which its licence lets the store take',
  does: 'The Ganzhou recycler collects 20 t of NdFeB magnets from a motor dismantler on 2025-07-03 and on 07-10 recovers NdPr oxide and a heavy rare earth concentrate from them (95.5 %), leaving 12 t of iron-rich leach residue. Its customer, a European magnet maker, audits its waste routes and asks for every residue to go to a store licensed for radioactive waste, so the recycler sends it by rail on 07-20 to the licensed Baotou store, whose licence lists recycling leach residue; the store receives it on 07-25 and places it on 07-27. Everyone reports on time.',
  expect: 'Nothing: a residue that needs no radioactive storage may still be stored in a licensed store whose licence covers it; it is disposed of, under licence, whole.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const coll = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), { id: 'EOL-2507-01', product: 'eol-ndfeb-magnets', massGrams: tonnes(20) }, { name: '赣州南康电机拆解有限公司' }, r.recyclingPlant);
    const plan = separate(s.lot(r.recycler.lot('EOL-2507-01')).composition, 'REC-2507', { recovery: 0.955, residue: { product: 'slag-recycling-residue', massGrams: tonnes(12) } });
    const residue = plan.residue!;
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      coll,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-10'), [{ lot: 'EOL-2507-01', massGrams: tonnes(20) }], plan.outputs, { facility: r.recyclingPlant, note: 'hydrogen decrepitation, oxidising roast, hydrochloric leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-20'), residue.id, residue.massGrams, r.disposer, undefined, 'rail, sealed bags, at the customer\'s request'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
