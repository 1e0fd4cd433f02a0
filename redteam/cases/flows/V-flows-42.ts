import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-42',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A magnet maker "landfills" its grinding sludge; the recycler collects the same sludge from a scrap dealer',
  does: 'The Ningbo magnet maker sinters its 20 t of June NdPr metal on 2025-07-08: magnets, and 18 t of grinding sludge holding 4 t of Pr and Nd. On 07-18 it books the sludge as disposed of to landfill, "oily, self-heating, unfit to store". In fact it sells it for cash, off the invoice, to a scrap dealer, and on 07-22 the Ganzhou recycler collects 17.8 t of NdFeB sludge, of the same Pr:Nd ratio and grade, from that dealer. The recycler refines it on 08-04 into 4.4 t of NdPr oxide. Each side reports on time.',
  expect: 'A recycling feed leaving the chain as waste and re-entering days later as collected scrap from an outside supplier: the link between the magnet maker and the recycler is cut; the disposal of scrap to landfill, the collection, the magnet maker and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      s.dispose(r.magnets, 'dsp-2507-sw', at('2025-07-18'), swarf.id, swarf.massGrams, 'landfill'),
    ]);
    const grams = tonnes(17.8);
    const composition = scale(swarf.composition ?? {}, grams / swarf.massGrams);
    const collected = { id: 'SW-2507-NB', product: 'scrap-ndfeb-swarf', massGrams: grams, composition };
    const recovered = scale(composition, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = tonnes(12);
    const residue = { id: 'RE-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(composition, 0.02) };
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.collect(r.recycler, 'col-2507-nb', at('2025-07-22'), collected, { name: '宁波北仑小港顺发废旧金属回收站' }, r.recyclingPlant)]);
    w.record(r.recycler, at('2025-09-05', '10:00'), [
      s.process(r.recycler, 'rec-2508-nb', at('2025-08-04'), [{ lot: collected.id, massGrams: grams }], [
        { id: 'RE-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        residue,
      ], { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot(residue.id), residueGrams, '2508r');
    return {
      world: w,
      find: {
        events: [r.magnets.event('dsp-2507-sw'), r.recycler.event('col-2507-nb')],
        lots: [r.magnets.lot(swarf.id), r.recycler.lot(collected.id)],
        parties: [r.magnets.id, r.recycler.id],
      },
    };
  },
});
