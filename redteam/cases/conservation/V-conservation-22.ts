import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-22',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Dismantling pulls more magnet out of old motors than the motors held',
  does: 'The Ganzhou recycler collects 500 t of end-of-life permanent-magnet motors from an appliance dismantler (about 0.64 % rare earths: 3.2 t). On 2025-07-10 it books the dismantling as 15 t of recovered NdFeB magnets at a magnet\'s 30 % rare earths, 4.5 t, and on 07-20 refines them at 95 % into NdPr oxide and a heavy-RE oxide. The 1.3 t of rare earths the motors never held are NdPr and Dy bought off the books; the dismantling step is where they join the recycled stream.',
  expect: 'The recycler\'s dismantling gives out some 40 % more rare earths than the motors it took in; the dismantling event, the magnet lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const motors = { id: 'EOL-2507-MOT', product: 'eol-motor', massGrams: tonnes(500) };
    const collect = s.collect(r.recycler, 'col-2507-mot', at('2025-07-03'), motors, { name: '赣州市南康区家电拆解有限公司', id: 'supplier-nankang-0341' }, r.recyclingPlant);
    const magnets = { id: 'EOL-2507-MAG', product: 'eol-ndfeb-magnets', massGrams: tonnes(15), composition: typical('eol-ndfeb-magnets', tonnes(15)) };
    const dismantle = s.process(r.recycler, 'dis-2507-01', at('2025-07-10'), [{ lot: motors.id, massGrams: motors.massGrams }], [magnets], { facility: r.recyclingPlant, note: 'motors dismantled, rotors demagnetised, magnets pulled; steel and copper sold' });
    const held = s.lot(r.recycler.lot(magnets.id)).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(15);
    const residue = scale(held, 0.02);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      dismantle,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-20'), [{ lot: magnets.id, massGrams: magnets.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-rres', at('2025-07-25'), r.recycler.lot('RO-2507-RES'), residueGrams),
      s.dispose(r.disposer, 'dsp-2507-rres', at('2025-07-26'), r.recycler.lot('RO-2507-RES'), residueGrams, 'landfill', r.disposalSite),
    ]);
    return { world: w, find: { parties: [r.recycler.id], events: [r.recycler.event('dis-2507-01')], lots: [r.recycler.lot(magnets.id)] } };
  },
});
