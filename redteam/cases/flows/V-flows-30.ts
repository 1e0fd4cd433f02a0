import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-30',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "delivered" to a wind-turbine maker',
  does: 'The Beijing trader buys 3 t of dysprosium oxide from the Longnan separator in July 2025 and on 07-24 books it as a final sale to a wind-turbine maker in Baotou (sector: wind power), contract and VAT invoice attached, so that it leaves the traced chain. A turbine maker buys finished magnets or whole generators; it has no use for dysprosium oxide, which only a metal smelter (for Dy–Fe alloy) or a magnet maker\'s supplier can use. The "customer" is a shell whose only business is this invoice, and the oxide goes on to Vietnam in mixed cargo without the dual-use licence.',
  expect: 'A controlled heavy rare earth oxide leaving the chain to a "final user" whose sector cannot consume it; the delivery, the oxide lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.trader, '2025-07', '2507-dy');
    const deliver: DeliverEvent = {
      id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-24'), lot, massGrams: grams,
      customer: { name: '包头北风新能源风电设备有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '150207', orgBody8: 'BFXNY724' }) },
      sector: 'wind-power', contract: 'BF-FD-2507-009',
    };
    w.record(r.trader, at('2025-08-07', '11:00'), [deliver]);
    return { world: w, find: { events: [r.trader.event('dlv-2507-dy')], lots: [lot], parties: [r.trader.id] } };
  },
});
