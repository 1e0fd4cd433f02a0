// Estimates (not in shared/DOMAIN.md): as chain.ts's honest month (95 % recovery, 0.45 t of
// water-leach residue per t of concentrate).
import type { Composition } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, separatorMonthOutputs } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-residues-13',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Baotou separator books its samarium–europium–gadolinium and heavy fractions into the water-leach residue it sends to the store',
  does: 'In July 2025 the Baotou separator receives 1,000 t of Bayan Obo concentrate (07-11) and separates it on 07-20. It books the NdPr, lanthanum and cerium oxides as usual, but no Sm–Eu–Gd enriched oxide and no heavy enriched oxide: on paper every gram of samarium, europium, gadolinium, terbium, dysprosium and yttrium stayed in the 450 t of water-leach residue it ships to the licensed store on 07-24 (placed 07-27). The residue\'s record thus carries some 9 t of middle and heavy rare earths that the acid roast had leached with the rest; the enriched oxides themselves, some 11 t, were sold to a workshop outside the system. Everyone reports on time.',
  expect: 'A residue booked with elements the process does not leave in it, while the separation shows no product of them: the separation, the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const receipt = s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams);
    const honest = separatorMonthOutputs(s.lot(feed).composition, shippedGrams, 'SEP-2507');
    const hidden = honest.filter((o) => o.id.endsWith('-SEG') || o.id.endsWith('-HRE'));
    const residue = honest[honest.length - 1]!;
    let residueComposition: Composition = { ...residue.composition };
    for (const lot of hidden) residueComposition = add(residueComposition, lot.composition!);
    const outputs = [
      ...honest.filter((o) => !hidden.includes(o) && o !== residue),
      { ...residue, composition: residueComposition },
    ];
    w.record(r.separator, on('2025-08-06'), [
      receipt,
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; Sm–Eu–Gd and heavy fractions not recovered this campaign' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: { parties: [r.separator.id], lots: [r.separator.lot(residue.id)], events: [r.separator.event('sep-2507-01')] },
    };
  },
});
