import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-50',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: '20 t of magnet-grade NdPr oxide "delivered" to a glassworks as colourant',
  does: 'The Beijing trader buys 20 t of NdPr oxide (Pr:Nd 23:77, the magnet makers\' feed) from the separator on 2025-07-03 (received 07-04) and on 07-15 records a final delivery of all 20 t to a glassworks in Shahe, Hebei, sector "glass and ceramics", under a contract for "didymium colourant". Neodymium does tint glass, but a glassworks doses a few hundred kilograms of neodymium oxide a year, not a year\'s worth of a mid-size magnet plant\'s NdPr in one lot. The "glassworks" is a shell registered in March with ¥1 M of capital; the oxide goes by truck to an unregistered magnet-alloy workshop in Ningbo that casts it outside the chain. July is reported on the 8th of August.',
  expect: 'A magnet feed leaving the chain to a final user that cannot consume it: 20 t of NdPr oxide "delivered" as glass colourant; the delivery, the oxide lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-tr', at('2025-07-03'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-TR')]);
    const lot = r.separator.lot('SEP-2506-NDPR-TR');
    const customer = { name: '沙河市晶华玻璃制品有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '130582', orgBody8: 'JHBL0315' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-gl', kind: 'deliver', time: at('2025-07-15'), lot, massGrams: grams, customer, sector: 'glass-and-ceramics', contract: 'JH-2507-ND-01', note: 'didymium colourant for tinted glass' };
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-tr', at('2025-07-04'), lot, grams), deliver]);
    return {
      world: w,
      find: { events: [r.trader.event('dlv-2507-gl')], lots: [lot], parties: [r.trader.id] },
    };
  },
});
