import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-40',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Magnets delivered to the magnet maker\'s own motor-making subsidiary',
  does: 'The Ningbo magnet maker owns 70 % of a motor maker next door, 宁波北仑磁业电机有限公司, a separate company with its own credit code that makes compressor and fan motors and keeps no rare earth books. On 2025-07-08 the magnet maker sinters its 20 t of June NdPr metal into magnets and grinding sludge; on 07-16 it delivers 14 t of the magnets to the subsidiary under their yearly supply contract, naming it with its credit code, and on 07-21 ships the sludge to the licensed Ganzhou recycler, which receives it the next day. July is reported on time.',
  expect: 'Nothing: finished magnets delivered to a manufacturer that builds them into motors, a final user outside the traced chain whatever its shareholder; the name it shares with its parent does not make it the parent, and the scrap goes to a recycler by shipment.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    const customer = { name: '宁波北仑磁业电机有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '330200', orgBody8: 'BLCYDJ01' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-16'), lot: magnets.id, massGrams: tonnes(14), customer, sector: 'appliances', contract: 'BL-DJ-2025-ANNUAL' };
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      deliver,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-21'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-22'), r.magnets.lot(swarf.id), swarf.massGrams)]);
    return { world: w, find: {} };
  },
});
