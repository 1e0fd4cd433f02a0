import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-05',
  family: 'identity',
  violation: false,
  heldOut: false,
  title: 'End-of-life hard drives collected and recycled',
  does: 'The recycler collects 600 t of end-of-life hard disk drives from a municipal e-waste contractor (0.6 % Nd, 0.16 % Pr), pulls the voice-coil magnets and recovers 90 % of their rare earths as NdPr oxide and a small heavy-RE oxide.',
  expect: 'Nothing: post-consumer scrap at its own low grade, collected from outside the chain, recovered within norms.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hdd = { id: 'HDD-2507-01', product: 'eol-hdd', massGrams: tonnes(600) };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), hdd, { name: '赣州市城市电子废弃物回收中心', id: 'GZ-EW-0031' }, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot(hdd.id)).composition, 0.9);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Dy']);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-22'), [{ lot: hdd.id, massGrams: hdd.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
      ], { facility: r.recyclingPlant, note: 'shredding, magnet separation, leach, solvent extraction; steel and aluminium sold as scrap metal' }),
    ]);
    return { world: w, find: {} };
  },
});
