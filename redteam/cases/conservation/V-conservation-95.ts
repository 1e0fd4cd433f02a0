import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mischmetalForFerrosilicon, outsideCode } from '../../lib/round16.ts';

const RECOVERY = 0.70;

export default defineCase({
  id: 'V-conservation-95',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A ferrosilicon works books its rare earth ferrosilicon with 70 % of the mischmetal it melted, and no dross',
  does: 'A Baotou rare earth ferrosilicon works receives 18 t of La–Ce mischmetal from the metal smelter on 2025-07-13 and melts it with ferrosilicon on 07-20. It books an alloy lot at 23 % rare earths holding 70 % of the mischmetal\'s lanthanum and cerium, and no slag or dross lot; 40 t of the alloy go to the Baotou steelworks on 07-28. Melting mischmetal into ferrosilicon under a flux cover keeps about 97 % of it (an estimate); the other 27 %, some 4.8 t of mischmetal, are sold as ingots to a lighter-flint and alloy trade outside the books.',
  expect: 'The works\' balance: 30 % of the rare earths received gone in one melt with nothing booked to hold them. The melt, the mischmetal lot and the works.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): about 97 % of the mischmetal kept in an induction melt under flux.
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const m = mischmetalForFerrosilicon(ctx);
    const composition = scale(s.share(m.mischLot, m.mischGrams), RECOVERY);
    // The catalogue's RE ferrosilicon holds 23 % lanthanum and cerium (and a little Pr and Nd from other mischmetals).
    const alloyGrams = Math.ceil(totalGrams(composition) / 0.23);
    const delivered = tonnes(40);
    w.record(m.works, at('2025-08-08', '10:00'), [
      m.receipt,
      s.process(m.works, 'fs-2507-01', at('2025-07-20'), [{ lot: m.mischLot, massGrams: m.mischGrams }], [{ id: 'RSF-2507-01', product: 'alloy-re-si-fe', massGrams: alloyGrams, composition }], { facility: m.plant, note: 'induction melting with 75 % ferrosilicon under a flux cover' }),
      { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-28'), lot: 'RSF-2507-01', massGrams: delivered, customer: { name: '包头钢铁（集团）有限责任公司', id: outsideCode('baotou-steel', '150200') }, sector: 'metallurgy', contract: 'BG-2025-RE-117' },
    ]);
    return { world: w, find: { events: [m.works.event('fs-2507-01')], lots: [m.mischLot, m.works.lot('RSF-2507-01')], parties: [m.works.id] } };
  },
});
