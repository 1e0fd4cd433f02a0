import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { Scribe } from '../../lib/scribe.ts';

export default defineCase({
  id: 'V-identity-04',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Terbium exported inside "cerium polishing powder"',
  does: 'A Baotou polishing-powder maker (which also exports) blends 0.5 t of terbium oxide from the Longnan separator into 3 t of cerium oxide and exports the 3.5 t to Hong Kong as high-cerium polishing powder, which needs no licence. The powder is 12 % Tb: no polishing powder carries terbium.',
  expect: 'A product whose composition carries a controlled element its label does not: the export of Tb without a licence; the export event and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const powders = w.party('powders', { kind: 'enterprise', roles: ['polishing-powder-maker', 'exporter'], nameZh: '包头稀土抛光粉有限公司', nameEn: 'Baotou Rare Earth Polishing Powder Co.', region: '150200' });
    const plant = w.facility({ id: 'plant-baotou-polishing', party: powders.id, kind: 'plant', nameZh: '抛光粉厂', nameEn: 'Polishing powder plant', region: '150202' });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const tb = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(0.5), powders, '2025-07', '2507-tb');
    const ceLot = june.separation.byProduct['oxide-ce']!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ce', at('2025-07-04'), ceLot.id, tonnes(3), powders, `${ceLot.id}-P1`)]);
    const ce = Scribe.qualify(r.separator, `${ceLot.id}-P1`);
    const blend = add(s.share(ce, tonnes(3)), s.lot(tb).composition);
    w.record(powders, at('2025-08-08', '10:00'), [
      s.receive(powders, 'rcv-2507-ce', at('2025-07-05'), ce, tonnes(3)),
      s.process(powders, 'pol-2507-01', at('2025-07-19'), [{ lot: ce, massGrams: tonnes(3) }, { lot: tb, massGrams: tonnes(0.5) }], [{ id: 'PP-2507-01', product: 'polishing-ceria', massGrams: tonnes(3.5), composition: blend }], { facility: plant }),
      s.export(powders, 'exp-2507-01', at('2025-07-25'), 'PP-2507-01', tonnes(3.5), 'HK', { customsDeclaration: '020120250700012345' }),
    ]);
    return { world: w, find: { lots: [powders.lot('PP-2507-01')], events: [powders.event('exp-2507-01'), powders.event('pol-2507-01')] } };
  },
});
