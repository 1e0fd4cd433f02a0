import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-76',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'New magnets exported to Vietnam come back ten days later as "end-of-life magnets" and are recycled into "recycled" NdPr oxide',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-04 and exports 10 t of the new magnets to a Hai Phong trading company on 07-15. On 07-25 the Ganzhou recycler imports 10 t of "NdFeB magnets recovered from end-of-life products" from the same Hai Phong company: the same mass, with the rare earths of new magnets and none of the wear, dysprosium or coatings of motor scrap. In August it leaches them into NdPr oxide it sells as recycled (post-consumer) material, which earns a premium from European buyers counting recycled content and sits outside the separation quota. Everyone reports on time.',
  expect: 'Magnets that leave the country and return within days as end-of-life scrap of the same mass and composition: the export, the import and the imported lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.share(june.metalShipment, tonnes(20)), '2507');
    const exported = tonnes(10);
    const sinterEvent = s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering' });
    const returned = s.share(r.magnets.lot(magnets.id), exported);
    w.record(r.magnets, reportTime('2025-07', 8), [
      sinterEvent,
      s.export(r.magnets, 'exp-2507-01', at('2025-07-15'), magnets.id, exported, 'VN', { customsDeclaration: '310120250700082211', note: 'sintered NdFeB segments' }),
    ]);
    const eol = { id: 'EOL-2507-VN', product: 'eol-ndfeb-magnets', massGrams: exported, composition: { ...returned } };
    w.record(r.recycler, reportTime('2025-07', 6), [
      s.import(r.recycler, 'imp-2507-01', at('2025-07-25'), eol, 'VN', '360120250700019921'),
    ]);
    const feed = s.lot(r.recycler.lot(eol.id)).composition;
    const recovered = scale(feed, 0.97);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = tonnes(7);
    w.record(r.recycler, reportTime('2025-08', 6), [
      s.process(r.recycler, 'rec-2508-01', at('2025-08-10'), [{ lot: eol.id, massGrams: exported }], [
        { id: 'ROX-2508-01', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RRES-2508-01', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(feed, ndpr) },
      ], { facility: r.recyclingPlant, note: 'demagnetising, crushing, HCl leach, solvent extraction, oxalate, calcination' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), 'RRES-2508-01', residueGrams, r.disposer, undefined, 'covered tipper trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot('RRES-2508-01'), residueGrams, '2508rec');
    return {
      world: w,
      find: { events: [r.magnets.event('exp-2507-01'), r.recycler.event('imp-2507-01')], lots: [r.recycler.lot(eol.id)] },
    };
  },
});
