import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-residues-87',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed store books 35 % of a 450 t residue lot as "drained water" before placing it: 158 t of dry filter cake sold off',
  does: 'The Baotou separator sends June\'s 450 t of thorium-bearing water-leach residue, pressed filter cake, to the licensed residue store (shipped 2025-06-24). The store receives all 450 t on 06-25, then books a count loss of 157.5 t on 06-26, "free water drained on the pad", and places the remaining 292.5 t on 06-27. No water drains from pressed cake in a day on that scale: the 157.5 t were loaded out at night to a brickworks that fires residue into "clinker additive".',
  expect: 'A third of a radioactive residue lot written off as water at the store before placement: the store\'s count loss, the residue lot and the store.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): pressed water-leach filter cake holds about 20–30 % water, of which only a few per cent drains freely.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    // honestMonth's store already received and placed June's residue: this case writes June's store month itself.
    w.documents.splice(w.documents.findIndex((d) => d.party === r.disposer.id), 1);
    const residue = june.residue;
    const grams = 450_000_000;
    const lost = 157_500_000;
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      { id: 'rcv-2506-res', kind: 'receive', time: at('2025-06-25'), lot: residue, massGrams: grams },
      { id: 'adj-2506-res', kind: 'adjust', time: at('2025-06-26', '17:00'), lot: residue, deltaGrams: -lost, reason: 'free water drained from the filter cake on the reception pad' },
      { id: 'dsp-2506-res', kind: 'dispose', time: at('2025-06-27'), facility: r.disposalSite, lot: residue, massGrams: grams - lost, method: 'radioactive-waste-storage' },
    ]);
    void s;
    return { world: w, find: { events: [r.disposer.event('adj-2506-res')], lots: [residue], parties: [r.disposer.id] } };
  },
});
