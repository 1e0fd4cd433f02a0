import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { juneWorld, recycleOutputs, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-flows-58',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The recycler buys 25 t of off-spec NdPr oxide from the separator and re-dissolves it with a swarf campaign',
  does: 'A batch of the Baotou separator\'s June NdPr oxide is off-colour (under-calcined, high in chloride). Rather than re-run it through its cascade, the separator sells 25 t to the Ganzhou recycler (shipped 2025-07-08, received 07-10), which dissolves it in the same HCl leach as the grinding swarf the Ningbo magnet maker ships it (sintered 07-03, shipped 07-08, received 07-10), on 07-15, and precipitates and calcines the lot into NdPr oxide; its iron-rich residue goes to the licensed store. All is reported on time.',
  expect: 'Nothing: an oxide is not a mineral product, so a recycler may buy it; its Pr and Nd come out as oxide again at the leach\'s recovery.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const sint = sinterJune(ctx, june, at('2025-07-03'), '2507');
    w.record(r.magnets, at('2025-08-05', '09:00'), [
      sint.event,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-08', '09:00'), sint.swarf, sint.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under water'),
    ]);
    const oxideGrams = tonnes(25);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-off', at('2025-07-08', '11:00'), 'SEP-2506-NDPR', oxideGrams, r.recycler, 'SEP-2506-NDPR-OFF', 'off-colour batch, under-calcined'),
    ]);
    const swarf = r.magnets.lot(sint.swarf);
    const oxide = r.separator.lot('SEP-2506-NDPR-OFF');
    const held = add(s.share(swarf, sint.swarfGrams), s.share(oxide, oxideGrams));
    const { outputs, residue } = recycleOutputs(held, sint.swarfGrams, 'RC-2507');
    w.record(r.recycler, at('2025-08-06', '11:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-10', '09:00'), swarf, sint.swarfGrams),
      s.receive(r.recycler, 'rcv-2507-off', at('2025-07-10', '14:00'), oxide, oxideGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-15'), [{ lot: swarf, massGrams: sint.swarfGrams }, { lot: oxide, massGrams: oxideGrams }], outputs,
        { facility: r.recyclingPlant, note: 'swarf roasted and leached; off-spec oxide dissolved into the same liquor; oxalate precipitation and calcining' }),
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-20'), residue.id, residue.massGrams, r.disposer, undefined, 'covered tipper trucks'),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-21'), at('2025-07-22'), at('2025-08-07', '14:00'));
    return { world: w, find: {} };
  },
});
