import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { smcoChain } from '../../lib/round10.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-licences-56',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Sm2Co17 magnets exported to the United States on a dual-use licence issued for samarium oxide',
  does: 'The Shanghai trading house holds a dual-use licence for 2 t REO of samarium oxide (2025-07-01 to 2026-06-30), granted for a Japanese catalyst customer. The Ningbo magnet maker sinters Sm2Co17 magnets in August from samarium the chain separated and reduced; the trading house buys 5 t of them (shipped 08-12, received 08-13) and exports them to a US aerospace distributor on 08-20, citing the samarium-oxide licence. August is reported in early September.',
  expect: 'An export of SmCo magnets, a controlled item of their own, under a licence whose scope names samarium oxide only: the export, the magnet lot and the trading house.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-SM-2025', ['Sm'], ['oxide-sm'], '2025-07-01', '2026-06-30', 2);
    const chain = smcoChain(ctx);
    const grams = Math.min(5_000_000, chain.magnetGrams);
    w.record(r.magnets, at('2025-09-08', '11:00'), [
      s.ship(r.magnets, 'shp-2508-smco', at('2025-08-12'), 'SMCO-2508-01', grams, r.exporter, 'SMCO-2508-01-S1', 'boxed magnets, magnetised'),
    ]);
    const lot = r.magnets.lot('SMCO-2508-01-S1');
    w.record(r.exporter, at('2025-09-08', '14:00'), [
      s.receive(r.exporter, 'rcv-2508-smco', at('2025-08-13'), lot, grams),
      s.export(r.exporter, 'exp-2508-smco', at('2025-08-20', '15:00'), lot, grams, 'US', { licence, customsDeclaration: '220120250800110357' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2508-smco')], lots: [lot], parties: [r.exporter.id] } };
  },
});
