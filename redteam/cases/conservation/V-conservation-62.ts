import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { productByCode } from '../../../src/domain/index.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-62',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide fluorinated: the weight that fluorination adds hides a tenth more NdPr',
  does: 'Fluorination puts on weight: NdPr oxide becomes about 19 % heavier as fluoride, for the same neodymium and praseodymium. The Baotou separator uses that. On 2025-07-12 it fluorinates 30 t of its June NdPr oxide together with 3 t of oxide from an unreported night shift, and books the batch as made from the 30 t alone: 39 t of NdPr fluoride, 31 % heavier than the oxide, declared at the fluoride\'s stoichiometric grade, so holding 10 % more Pr and Nd than the oxide it was made from. A clerk who checks tonnes sees a gain he expects. July is reported on 08-06.',
  expect: 'A conversion whose output holds more Pr and Nd than its input, whatever the mass change of the chemistry; the fluorination, the fluoride lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(30);
    const ndpr = s.share(r.separator.lot('SEP-2506-NDPR'), oxideGrams);
    const fluorideShare = Object.values(productByCode('salt-ndpr-fluoride')!.typicalFractions).reduce((a, b) => a + (b ?? 0), 0);
    const inflated = scale(ndpr, 1.1);
    const fluoride = { id: 'FL-2507-01', product: 'salt-ndpr-fluoride', massGrams: massAtShare(inflated, fluorideShare), composition: inflated };
    if (totalGrams(inflated) <= totalGrams(ndpr)) throw new Error('the scheme needs more NdPr out than in');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'flu-2507-01', at('2025-07-12'), [{ lot: 'SEP-2506-NDPR', massGrams: oxideGrams }], [fluoride], { facility: r.separationPlant, note: 'HF fluorination in the rotary kiln, batch F-0712' }),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('flu-2507-01')], lots: [r.separator.lot('FL-2507-01')], parties: [r.separator.id] },
    };
  },
});
