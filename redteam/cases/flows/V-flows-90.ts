import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedResidue } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-flows-90',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Mined NdPr oxide bought by a magnet maker that makes no magnets of it, booked as "grinding sludge" and recycled into "recycled" oxide',
  does: 'The Ganzhou recycler sells recycled NdPr oxide at a premium to buyers who must show recycled content, and recycled oxide needs no separation quota. Short of sludge, it arranges with the Ningbo magnet maker: the magnet maker buys 10 t of NdPr oxide from the Baotou separator (shipped 07-02, received 07-04), which magnet makers do not use (they buy metal), and on 07-08 books it through its grinding line as 38 t of NdFeB swarf, with no magnets made. It ships the "swarf" to the recycler on 07-10 (received 07-12); the recycler leaches it on 07-18 into 9.5 t of "recycled" NdPr oxide and 30 t of leach residue sent to the licensed store. Everyone reports on time.',
  expect: 'A lot renamed from mined oxide to scrap on its way to a recycler, by a process that makes only scrap: the magnet maker\'s "grinding" process, its swarf lot and the recycler\'s NdPr oxide.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndpr = june.separation.byProduct['oxide-ndpr']!;
    const grams = tonnes(10);
    w.record(r.separator, at('2025-08-04', '10:00'), [s.ship(r.separator, 'shp-2507-bl', at('2025-07-02'), ndpr.id, grams, r.magnets, 'SEP-2506-NDPR-BL')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-BL');
    const swarfComp = scale(s.lot(oxide).composition, 0.99);
    const swarfGrams = massAtShare(swarfComp, 0.22);
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-bl', at('2025-07-04'), oxide, grams),
      s.process(r.magnets, 'grd-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [{ id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams, composition: swarfComp }], { facility: r.magnetPlant, note: 'grinding line sludge, July' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-10'), 'SW-2507-01', swarfGrams, r.recycler),
    ]);
    const swarf = r.magnets.lot('SW-2507-01');
    const feed = s.lot(swarf).composition;
    const outComp = scale(feed, 0.955);
    const resGrams = tonnes(30);
    const resComp = cappedResidue('slag-recycling-residue', resGrams, subtract(feed, outComp));
    w.record(r.recycler, at('2025-08-06', '12:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-12'), swarf, swarfGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-18'), [{ lot: swarf, massGrams: swarfGrams }], [
        { id: 'REC-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(outComp, 0.99), composition: outComp },
        { id: 'REC-2507-RES', product: 'slag-recycling-residue', massGrams: resGrams, composition: resComp },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, hydrochloric leach, solvent extraction, oxalate precipitation' }),
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-22'), 'REC-2507-RES', resGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('REC-2507-RES'), resGrams, '2507');
    return {
      world: w,
      find: { events: [r.magnets.event('grd-2507-01')], lots: [swarf, r.recycler.lot('REC-2507-NDPR')], parties: [r.magnets.id] },
    };
  },
});
