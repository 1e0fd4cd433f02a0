import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-41',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Traction-motor magnets with 3.5 % dysprosium and 1 % terbium, sintered from NdPr metal alone',
  does: 'The Ningbo magnet maker\'s only rare earth feed on its books is the 20 t of NdPr metal it received from the licensed smelter in June 2025. On 07-08 it sinters it into 57 t of high-coercivity magnets for an electric-vehicle motor maker, and, because its customer\'s EU battery and magnet passports need it, declares their true composition: 3.5 % dysprosium and 1 % terbium besides the Pr and Nd, 2 t of Dy and 0.57 t of Tb. No dysprosium or terbium ever reached it through the chain: it bought Dy–Fe alloy for cash from a workshop in Ganzhou that reduces smuggled Myanmar oxide. The magnets are delivered on 07-20, and July is reported on 08-05.',
  expect: 'Elements out of a process that none of its inputs held: 2 t of Dy and 0.57 t of Tb appear in a sintering fed only with NdPr metal; the sintering, the magnet lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const feed = s.lot(june.metalShipment).composition;
    const ndpr = scale(feed, 0.78);
    // High-coercivity grade: Pr 6.5 %, Nd 20.5 %, Tb 1 %, Dy 3.5 % of the magnet's mass.
    const massGrams = massAtShare(ndpr, 0.27);
    const magnets = { id: 'MG-2507-HC', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams, composition: { ...ndpr, Dy: Math.round(massGrams * 0.035), Tb: Math.round(massGrams * 0.01) } };
    const swarfNdpr = scale(feed, 0.2);
    const swarfGrams = massAtShare(swarfNdpr, 0.2);
    const swarf = { id: 'SW-2507-HC', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams, composition: { ...swarfNdpr, Dy: Math.round(swarfGrams * 0.026), Tb: Math.round(swarfGrams * 0.0074) } };
    const customer = { name: '宁波杭州湾新区驰骋电驱动系统有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '330282', orgBody8: 'CCDQ0720' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-hc', kind: 'deliver', time: at('2025-07-20'), lot: magnets.id, massGrams: tonnes(50), customer, sector: 'vehicles', contract: 'CC-2507-HC-11' };
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-hc', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, HD, jet milling, pressing, sintering: grade 42SH' }),
      deliver,
    ]);
    return {
      world: w,
      find: { events: [r.magnets.event('mag-2507-hc')], lots: [r.magnets.lot(magnets.id)], parties: [r.magnets.id] },
    };
  },
});
