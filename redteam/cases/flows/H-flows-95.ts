import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-flows-95',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide delivered to a Japanese-owned capacitor maker in Suzhou, named with its Chinese credit code',
  does: 'The Beijing trader buys 300 kg of dysprosium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and delivers it on 07-25 to a wholly Japanese-owned maker of multilayer ceramic capacitors in the Suzhou Industrial Park, which dopes its barium titanate dielectric with it (an ordinary use; 300 kg is about half a year of a large line, an estimate). The invoice names the customer in Chinese and English with its unified social credit code.',
  expect: 'Nothing: a domestic sale to a company incorporated in China, a plausible user of the oxide in a plausible quantity; foreign ownership does not make a sale an export.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 300 kg of Dy2O3 as about half a year of a large MLCC line.
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 100);
    const grams = 300_000;
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.trader, '2025-07', '2507-dy');
    w.record(r.trader, at('2025-08-08', '10:00'), [{
      id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-25', '14:00'), lot, massGrams: grams,
      customer: { name: '苏州京和精密电子有限公司 (Suzhou Keiwa Precision Electronics Co., Ltd.)', id: outsideCode('suzhou-keiwa', '320500') }, sector: 'electronics', contract: 'KW-2025-DY-031',
    }]);
    return { world: w, find: {} };
  },
});
