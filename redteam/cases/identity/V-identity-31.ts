import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-31',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate "smelted" into rare earth ferrosilicon on paper and delivered to a steel mill',
  does: 'The Beijing trader buys 400 t of Bayan Obo concentrate from the miner in July 2025. It has no furnace, but on 07-15 it books a "smelting" of the 400 t into 400 t of rare earth ferrosilicon (RE-Si-Fe, which steel mills add to their melts), and on 07-18 delivers the 400 t as a final sale to a Baotou special-steel mill. The "alloy" is 40 % rare earths in exactly the concentrate\'s mix, samarium, europium, gadolinium, terbium, dysprosium and yttrium included, and weighs the same as the concentrate: real ferrosilicon made from concentrate loses the fluorine and carbon dioxide and gains iron and silicon. The concentrate went by truck to an unlicensed separation workshop.',
  expect: 'Concentrate relabelled as an alloy so that it can leave the chain to a "final user"; the relabelling, the alloy lot, the delivery and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507', minedTonnes: 500, shippedTonnes: 400, to: r.trader });
    const alloy = { id: 'BJZ-2507-RESIFE', product: 'alloy-re-si-fe', massGrams: shippedGrams, composition: { ...s.lot(feed).composition } };
    const deliver: DeliverEvent = {
      id: 'dlv-2507-01', kind: 'deliver', time: at(day(month, 18)), lot: alloy.id, massGrams: alloy.massGrams,
      customer: { name: '包头市昆都仑特钢有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '150203', orgBody8: 'KDLTG715' }) },
      sector: 'metallurgy', contract: 'KDL-TG-2507-031',
    };
    w.record(r.trader, reportTime(month, 7), [
      s.receive(r.trader, 'rcv-2507-bc', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.trader, 'prc-2507-resife', at(day(month, 15)), [{ lot: feed, massGrams: shippedGrams }], [alloy], { note: 'smelted to rare earth ferrosilicon, grade RE30' }),
      deliver,
    ]);
    return {
      world: w,
      find: { events: [r.trader.event('prc-2507-resife'), r.trader.event('dlv-2507-01')], lots: [r.trader.lot(alloy.id), feed], parties: [r.trader.id] },
    };
  },
});
