import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver, dyFeAtSmelter } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-flows-55',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy bought by the Ningbo magnet maker "for traction-motor grades" and delivered unsintered to a Shenzhen electronics company',
  does: 'The Baotou smelter reduces 4 t of Longnan Dy2O3 to Dy–Fe alloy in August 2025 and ships 3 t of it to the Ningbo magnet maker on 08-20 for its high-coercivity traction-motor grades. The magnet maker sinters none of it: on 09-05 it "delivers" the 3 t, still as alloy ingots, to 深圳市华睿电子材料有限公司, a Shenzhen company with no sintering line, under the sector "electronics". The Shenzhen buyer is a front for a Hong Kong trader; the alloy, a controlled Dy alloy, leaves the country without a licence, and the chain\'s books show it as a final domestic use.',
  expect: 'A controlled alloy that passes through a magnet maker unchanged and leaves the traced chain to a buyer that cannot use it: the delivery, the alloy lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { alloy } = dyFeAtSmelter(ctx, '2025-08', '2508', 4);
    const grams = tonnes(3);
    w.record(r.smelter, at('2025-09-07', '10:00'), [s.ship(r.smelter, 'shp-2508-dyfe', at('2025-08-20'), alloy.split(':')[1]!, grams, r.magnets, 'DYFE-2508-S1')]);
    const lot = r.smelter.lot('DYFE-2508-S1');
    w.record(r.magnets, at('2025-09-08', '10:00'), [s.receive(r.magnets, 'rcv-2508-dyfe', at('2025-08-22'), lot, grams)]);
    w.record(r.magnets, at('2025-10-08', '10:00'), [
      deliver('dlv-2509-dyfe', at('2025-09-05'), lot, grams, { name: '深圳市华睿电子材料有限公司', id: customerCode('H7R2Q9WE', '440300') }, 'electronics', 'HR-2025-0901'),
    ]);
    return { world: w, find: { events: [r.magnets.event('dlv-2509-dyfe')], lots: [lot], parties: [r.magnets.id] } };
  },
});
