import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { Scribe } from '../../lib/scribe.ts';

export default defineCase({
  id: 'H-identity-03',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Cerium polishing powder exported without a licence',
  does: 'A Baotou polishing-powder maker buys 10 t of the separator\'s cerium oxide, calcines and mills it into high-cerium polishing powder and exports 9.5 t to Korea. No licence: Ce and La are not controlled, and the powder carries nothing else.',
  expect: 'Nothing: a product whose composition matches its label and carries no controlled element.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const powders = w.party('powders', { kind: 'enterprise', roles: ['polishing-powder-maker', 'exporter'], nameZh: '包头稀土抛光粉有限公司', nameEn: 'Baotou Rare Earth Polishing Powder Co.', region: '150200' });
    const plant = w.facility({ id: 'plant-baotou-polishing', party: powders.id, kind: 'plant', nameZh: '抛光粉厂', nameEn: 'Polishing powder plant', region: '150202' });
    const ceLot = june.separation.byProduct['oxide-ce']!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ce', at('2025-07-04'), ceLot.id, tonnes(10), powders, `${ceLot.id}-P1`)]);
    const ce = Scribe.qualify(r.separator, `${ceLot.id}-P1`);
    const powder = scale(s.share(ce, tonnes(10)), 0.98);
    w.record(powders, at('2025-08-08', '10:00'), [
      s.receive(powders, 'rcv-2507-ce', at('2025-07-05'), ce, tonnes(10)),
      s.process(powders, 'pol-2507-01', at('2025-07-12'), [{ lot: ce, massGrams: tonnes(10) }], [{ id: 'PP-2507-01', product: 'polishing-ceria', massGrams: oxideMass(powder, 0.98), composition: powder }], { facility: plant }),
      s.export(powders, 'exp-2507-01', at('2025-07-25'), 'PP-2507-01', tonnes(9.5), 'KR', { customsDeclaration: '020120250700012399' }),
    ]);
    return { world: w, find: {} };
  },
});
