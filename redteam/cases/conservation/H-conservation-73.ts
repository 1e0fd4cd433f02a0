import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-73',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Off-spec NdPr metal returned for remelting: 98.6 % back as metal, dross kept as scrap',
  does: 'The Ningbo magnet maker returns 5 t of the June NdPr metal to the Baotou smelter as off-spec (oxygen too high) on 2025-07-03, received 07-04. The smelter remelts it under argon on 07-08: 98.6 % of the rare earths come back as metal, 1 % goes into the crucible dross (kept as metal scrap, 85 % rare earths, an estimate) and 0.4 % is lost as oxide fume (estimate). It ships the new metal back on 07-10 (received 07-11). All reported on time.',
  expect: 'Nothing: a remelt that yields less than it was fed, its dross booked and a small fume loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.record(r.magnets, at('2025-08-05', '10:00'), [s.ship(r.magnets, 'ret-2507-01', at('2025-07-03'), june.metalShipment, tonnes(5), r.smelter, 'RET-2507-01', 'returned: oxygen above specification')]);
    const back = r.magnets.lot('RET-2507-01');
    const feed = s.lot(back).composition;
    const metal = scale(feed, 0.986);
    const dross = scale(subtract(feed, metal), 0.01 / 0.014);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ret', at('2025-07-04'), back, tonnes(5)),
      s.process(r.smelter, 'rml-2507-01', at('2025-07-08'), [{ lot: back, massGrams: tonnes(5) }], [
        { id: 'RML-2507-01', product: 'metal-ndpr', massGrams: metalGrams, composition: metal },
        { id: 'RML-2507-DROSS', product: 'scrap-re-metal', massGrams: massAtShare(dross, 0.85), composition: dross },
      ], { facility: r.metalPlant, note: 'argon remelt of returned ingots; 0.4 % lost as oxide fume (estimate)' }),
      s.ship(r.smelter, 'shp-2507-rml', at('2025-07-10'), 'RML-2507-01', metalGrams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-rml', at('2025-07-11'), r.smelter.lot('RML-2507-01'), metalGrams)]);
    return { world: w, find: {} };
  },
});
