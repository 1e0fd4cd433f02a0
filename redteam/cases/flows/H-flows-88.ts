import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, recycleOutputs, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-flows-88',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Eighteen tonnes of grinding swarf leave Ningbo and 17.1 t arrive in Ganzhou after two days on the road, coolant drained at the Jiangxi border',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-10 and on 07-22 ships its 18 t of grinding swarf, packed wet under coolant against self-heating, to the Ganzhou recycler. At the provincial border the traffic police order the truck to drain dripping coolant before going on; the recycler\'s weighbridge reads 17.1 t on 07-24 (5 % light), the drained coolant noted on both tickets. The recycler books the receipt at 17.1 t, leaches it on 07-28 and sends its residue to the licensed store.',
  expect: 'Nothing: wet swarf losing a twentieth of its weight as coolant is ordinary (the ledger, which cannot tell water from swarf, books it as a 5 % shortfall), and what arrived is leached.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): swarf under coolant loses a few per cent of its weight draining; 96 % recovery in the leach; 0.7 t of residue per t.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const sintered = sinterJune(ctx, june, at('2025-07-10'));
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      sintered.event,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-22'), sintered.swarf, sintered.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under coolant'),
    ]);
    const swarf = r.magnets.lot(sintered.swarf);
    const received = tonnes(17.1);
    const receipt = s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-24', '15:00'), swarf, received, 'coolant drained at the Jiangxi border on police order; weighbridge tickets 07-22 and 07-24');
    const held = { ...s.lot(swarf).composition };
    const { outputs, residue } = recycleOutputs(held, received, 'RO-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      receipt,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-28'), [{ lot: swarf, massGrams: received }], outputs, { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-30'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-31'), at('2025-08-01'), at('2025-09-07', '10:00'));
    return { world: w, find: {} };
  },
});
