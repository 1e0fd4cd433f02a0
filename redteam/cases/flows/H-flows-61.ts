import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-61',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr metal three weeks on the way from Baotou to Ningbo by rail and coastal ship',
  does: 'Road freight from Baotou to Ningbo was stopped by a provincial overload campaign in July 2025, so the smelter sends 25 t of its June NdPr metal by rail to Tianjin Xingang and on by coastal container ship to Ningbo–Zhoushan. It ships on 07-01; the container waits eight days for a vessel at Xingang and a typhoon holds it off Zhoushan, and the magnet maker receives it on 07-22, 21 days later. Both report July on time, the smelter on 08-07 and the magnet maker on 08-08.',
  expect: 'Nothing: a shipment received in full by the party it was shipped to, three weeks on the way by a slow but ordinary route; time in transit is not loss or diversion.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(25);
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.ship(r.smelter, 'shp-2507-met', at('2025-07-01'), 'MET-2506-01', grams, r.magnets, 'MET-2506-01-S2', 'rail to Tianjin Xingang, container TGHU 884120-3, coastal vessel to Ningbo–Zhoushan')]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-22', '15:00'), r.smelter.lot('MET-2506-01-S2'), grams)]);
    return { world: w, find: {} };
  },
});
