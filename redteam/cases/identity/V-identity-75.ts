import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-75',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Baotou separator\'s heavy rare earth concentrate exported unlicensed as "mixed rare earth oxide"',
  does: 'The Baotou separator gathers the heavy end of its June 2025 cascade, 2.5 t of mixed heavy oxide (terbium, dysprosium and yttrium, about a sixth each of dysprosium and terbium), and sells it to the Shanghai exporter (shipped 2025-07-08, received 07-09). The exporter ships it to Korea on 07-20 as a "mixed rare earth oxide" with no licence: no single controlled element is named on the invoice. The dual-use controls cover compounds of terbium, dysprosium and yttrium, mixed or not. Reported on time.',
  expect: 'An export without a licence of a lot that carries controlled elements: the export and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const hre = june.separation.byProduct['mixed-oxide-heavy']!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-hre', at('2025-07-08'), hre.id, hre.massGrams, r.exporter)]);
    const lot = r.separator.lot(hre.id);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-hre', at('2025-07-09'), lot, hre.massGrams),
      s.export(r.exporter, 'exp-2507-hre', at('2025-07-20'), lot, hre.massGrams, 'KR', { customsDeclaration: '220120250700093321' }),
    ]);
    return { world: w, find: { lots: [lot], events: [r.exporter.event('exp-2507-hre')] } };
  },
});
