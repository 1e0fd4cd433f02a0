// Estimates (not in shared/DOMAIN.md): 2025 prices of about ¥450 a kilogram of NdPr oxide and ¥1,700
// of dysprosium oxide, so that 20 t of the one are worth some 5 t of the other.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-flows-33',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A north–south swap: the Baotou separator sends 20 t of NdPr oxide to Longnan and takes 5 t of Longnan\'s dysprosium oxide in return',
  does: 'The Baotou separator\'s magnet customers want dysprosium, which Bayan Obo ore hardly carries; the Longnan separator\'s customers want more NdPr than its yttrium-rich feed gives. The two agree a swap of equal value, each side invoiced. On 2025-07-04 Baotou ships 20 t of its June NdPr oxide south (received 07-08); on 07-16 Longnan ships 5 t of the dysprosium oxide from its July Myanmar feed north (received 07-20). Neither lot goes back where it came from: the NdPr oxide waits in Longnan\'s store for a Ganzhou magnet maker, the dysprosium oxide in Baotou\'s for its smelter customer\'s Dy–Fe campaign. Both report July on 6 and 7 August.',
  expect: 'Nothing: two licensed separators trade products each makes and the other lacks; different lots travel each way and each is received.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const ndpr = tonnes(20);
    const dyGrams = tonnes(5);
    w.record(r.separator, on('2025-08-06', '09:00'), [
      s.ship(r.separator, 'shp-2507-ln', at('2025-07-04'), 'SEP-2506-NDPR', ndpr, south.southSeparator, 'SEP-2506-NDPR-LN', 'truck convoy Baotou–Longnan'),
    ]);
    const ndprLot = r.separator.lot('SEP-2506-NDPR-LN');
    const dy = heavy.lots['oxide-dy']!.split(':')[1]!;
    w.record(south.southSeparator, on('2025-08-06', '11:00'), [
      s.receive(south.southSeparator, 'rcv-2507-bt', at('2025-07-08'), ndprLot, ndpr),
      s.ship(south.southSeparator, 'shp-2507-bt', at('2025-07-16'), dy, dyGrams, r.separator, `${dy}-BT`, 'sealed drums, road'),
    ]);
    w.record(r.separator, on('2025-08-07'), [
      s.receive(r.separator, 'rcv-2507-ln', at('2025-07-20'), south.southSeparator.lot(`${dy}-BT`), dyGrams),
    ]);
    return { world: w, find: {} };
  },
});
