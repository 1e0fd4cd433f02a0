import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-flows-95',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "delivered" at home to a Haiphong motor maker with no Chinese credit code',
  does: 'The Shanghai trading house buys 3 t of dysprosium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and on 07-25 books it as a domestic delivery to "Vina Motor Co., Ltd., Hai Phong, Viet Nam", sector motors, ex-works Shanghai: the buyer\'s forwarder collects it and takes it out of the country. No export is declared and no dual-use licence is sought, though dysprosium oxide has needed one since 2025-04-04.',
  expect: 'An export written as a domestic sale to a foreign buyer: the delivery, the Dy lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 100);
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [{
      id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-25', '14:00'), lot, massGrams: grams,
      customer: { name: 'Vina Motor Co., Ltd. (Hai Phong, Viet Nam)' }, sector: 'motors', contract: 'VM-2025-0712-EXW-Shanghai',
    }]);
    return {
      world: w,
      find: { events: [r.exporter.event('dlv-2507-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
