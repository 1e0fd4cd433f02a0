import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-42',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Two lots of NdFeB sludge of the same size in one week: one shipped by the chain\'s magnet maker, one collected from a workshop',
  does: 'The Ningbo magnet maker sinters its 20 t of June NdPr metal on 2025-07-08 and ships its 18 t of grinding sludge to the Ganzhou recycler on 07-18, received on 07-19. On 07-22 the recycler also collects 18 t of sludge from a small Ningbo magnet-grinding workshop that is not in the chain, with its own delivery note: similar grade, slightly different Pr:Nd, a little dysprosium. On 08-04 it refines both lots together at 95 %; its leach residue goes to the licensed disposer. Everyone reports on time.',
  expect: 'Nothing: the chain\'s sludge travels by shipment and receipt, and the workshop\'s is a separate, collected lot from outside the chain; the recycler\'s output is 95 % of the two together.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-18'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    const shipped = r.magnets.lot(swarf.id);
    const workshop = { id: 'SW-2507-WS', product: 'scrap-ndfeb-swarf', massGrams: tonnes(18), composition: typical('scrap-ndfeb-swarf', tonnes(18)) };
    const collect = s.collect(r.recycler, 'col-2507-ws', at('2025-07-22'), workshop, { name: '宁波北仑大碶精磨加工厂' }, r.recyclingPlant);
    const receipt = s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-19'), shipped, swarf.massGrams);
    w.record(r.recycler, at('2025-08-06', '10:00'), [receipt, collect]);
    const intake = add(s.lot(shipped).composition, s.lot(r.recycler.lot(workshop.id)).composition);
    const recovered = scale(intake, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const dytb = pick(recovered, ['Dy', 'Tb']);
    const residueGrams = tonnes(24);
    const residue = { id: 'RE-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(intake, 0.02) };
    w.record(r.recycler, at('2025-09-05', '10:00'), [
      s.process(r.recycler, 'rec-2508-01', at('2025-08-04'), [{ lot: shipped, massGrams: swarf.massGrams }, { lot: workshop.id, massGrams: workshop.massGrams }], [
        { id: 'RE-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RE-2508-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(dytb, 0.95), composition: dytb },
        residue,
      ], { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot(residue.id), residueGrams, '2508r');
    return { world: w, find: {} };
  },
});
