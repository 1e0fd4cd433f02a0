import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southernSeparator } from '../../lib/round22.ts';

export default defineCase({
  id: 'V-identity-47',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide repacked by a trader as "cerium oxide" and exported to Korea without a dual-use licence',
  does: 'The Beijing trader buys the Longnan separator\'s whole July dysprosium oxide lot (08-12). On 08-15 it repacks it in its warehouse into bags marked cerium oxide, booking the repacking as a process whose output is "oxide-ce", and sells it to the Shanghai trading house, which exports it to South Korea on 08-25 as cerium oxide (uncontrolled) with no licence. The lot\'s own assay, carried through, is all dysprosium.',
  expect: 'A lot labelled cerium oxide that carries only dysprosium, exported without the licence dysprosium needs since 2025-04-04: the relabelling, the exported lot and the trader and exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = southernSeparator(ctx, '2025-07', '2025-08-05');
    const dy = south.oxides['oxide-dy']!;
    const mass = s.lot(dy).massGrams;
    const composition = s.lot(dy).composition;
    w.record(south.separator, at('2025-09-05', '10:00'), [s.ship(south.separator, 'shp-2508-dy', at('2025-08-12'), dy, mass, r.trader)]);
    w.record(r.trader, at('2025-09-06', '10:00'), [
      s.receive(r.trader, 'rcv-2508-dy', at('2025-08-14'), dy, mass),
      s.process(r.trader, 'pck-2508-01', at('2025-08-15'), [{ lot: dy, massGrams: mass }], [{ id: 'TR-2508-CE', product: 'oxide-ce', massGrams: mass, composition }], { note: 'repacked into 25 kg bags' }),
      s.ship(r.trader, 'shp-2508-ce', at('2025-08-18'), 'TR-2508-CE', mass, r.exporter),
    ]);
    const ce = r.trader.lot('TR-2508-CE');
    w.record(r.exporter, at('2025-09-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2508-ce', at('2025-08-20'), ce, mass),
      s.export(r.exporter, 'exp-2508-ce', at('2025-08-25'), ce, mass, 'KR', { customsDeclaration: '220120250825004417', note: 'cerium oxide, HS 2846.10' }),
    ]);
    return {
      world: w,
      find: { parties: [r.trader.id, r.exporter.id], lots: [ce, dy], events: [r.trader.event('pck-2508-01'), r.exporter.event('exp-2508-ce')] },
    };
  },
});
