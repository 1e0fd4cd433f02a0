import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, recycleOutputs, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-flows-88',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Eighteen tonnes of grinding swarf leave Ningbo and eleven arrive in Ganzhou, "coolant drained on the road"',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-10 and on 07-22 ships its 18 t of grinding swarf to the Ganzhou recycler by a haulier the recycler chose. The recycler books the receipt on 07-24 at 11 t, 39 % short, "coolant drained in transit", and leaches what it booked on 07-28. On the way, 7 t of drums went to a back-yard leaching workshop in Longnan that pays cash for swarf.',
  expect: 'A receipt far short of the shipment, beyond any water the swarf could lose: the receipt, the shipment and the swarf lot.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): swarf under coolant loses a few per cent of its weight draining, not a third; 96 % recovery in the leach; 0.7 t of residue per t.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const sintered = sinterJune(ctx, june, at('2025-07-10'));
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      sintered.event,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-22'), sintered.swarf, sintered.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under coolant, haulier chosen by the buyer'),
    ]);
    const swarf = r.magnets.lot(sintered.swarf);
    const received = tonnes(11);
    const receipt = s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-24', '15:00'), swarf, received, 'coolant drained in transit');
    const held = { ...s.lot(swarf).composition };
    const { outputs, residue } = recycleOutputs(held, received, 'RO-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      receipt,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-28'), [{ lot: swarf, massGrams: received }], outputs, { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-30'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-31'), at('2025-08-01'), at('2025-09-07', '10:00'));
    return { world: w, find: { events: [r.recycler.event('rcv-2507-sw'), r.magnets.event('shp-2507-sw')], lots: [swarf] } };
  },
});
