import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

/** Dy share of a DyF3 lot at 99 %: 162.50 / (162.50 + 3 × 19.00), times 0.99. */
const DY_IN_FLUORIDE = 0.99 * (162.5 / (162.5 + 3 * 18.998));

export default defineCase({
  id: 'H-licences-41',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: '3.3 t of dysprosium fluoride exported on a licence for 3 t REO',
  does: 'The Shanghai trading house holds a dual-use licence for dysprosium fluoride to Korea, 3 t REO, valid from 2025-07-01. The Longnan separator fluorinates 2.85 t of its July Dy oxide on 07-18 into 3.34 t of DyF3 for electrolysis makers (fluorine is heavier than the oxygen it replaces) and sells 3.3 t of it to the trading house on 07-22. The trading house exports the 3.3 t to Korea on 08-05 under the licence. The gross weight on the declaration is over 3 t, but the lot holds 2.42 t of Dy, 2.78 t as Dy2O3. Everyone reports on time.',
  expect: 'Nothing: the licence counts tonnes of REO and the fluoride carries 2.78 t REO, inside the 3 t; the product and element are the licence\'s own, and it is valid on the day.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DYF-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 3, scope: { products: ['salt-dy-fluoride'], elements: ['Dy'] } });
    const oxideId = heavy.lots['oxide-dy']!.split(':')[1]!;
    const oxideGrams = tonnes(2.85);
    const dy = scale(s.share(south.southSeparator.lot(oxideId), oxideGrams), 0.995);
    const fluoride = { id: 'LN-2507-DYF', product: 'salt-dy-fluoride', massGrams: massAtShare(dy, DY_IN_FLUORIDE), composition: dy };
    const sold = tonnes(3.3);
    w.record(south.southSeparator, at('2025-08-06', '11:00'), [
      s.process(south.southSeparator, 'fl-2507-dy', at('2025-07-18'), [{ lot: oxideId, massGrams: oxideGrams }], [fluoride], { facility: south.southPlant, note: 'dry hydrofluorination of Dy oxide' }),
      s.ship(south.southSeparator, 'shp-2507-dyf', at('2025-07-22'), fluoride.id, sold, r.exporter, 'LN-2507-DYF-PJ'),
    ]);
    const lot = south.southSeparator.lot('LN-2507-DYF-PJ');
    w.record(r.exporter, at('2025-08-07', '10:00'), [s.receive(r.exporter, 'rcv-2507-dyf', at('2025-07-23'), lot, sold)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dyf', at('2025-08-05'), lot, sold, 'KR', { licence, customsDeclaration: '220120250800052290' }),
    ]);
    return { world: w, find: {} };
  },
});
