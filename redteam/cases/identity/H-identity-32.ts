import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-32',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Rare earth ferrosilicon from mischmetal, delivered to a steel mill',
  does: 'The metal smelter buys 3.5 t of lanthanum oxide and 6.5 t of cerium oxide from the separator in July 2025, electrolyses them together into 8 t of La–Ce mischmetal on 07-08, and on 07-15 melts the mischmetal with ferrosilicon and iron in an induction furnace into 25.7 t of rare earth ferrosilicon at 30 % rare earths (97 % of the mischmetal\'s rare earths; the rest in the dross). On 07-22 it delivers the 25.7 t to a Baotou special-steel mill, which adds it to its melts to modify inclusions.',
  expect: 'Nothing: a licensed smelter makes a real alloy, heavier than its rare earths by the iron and silicon it adds, with only the lanthanum and cerium it was made of, and delivers it to a steel mill, a final user of RE-Si-Fe.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const laGrams = tonnes(3.5);
    const ceGrams = tonnes(6.5);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-02'), 'SEP-2506-LA', laGrams, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-02'), 'SEP-2506-CE', ceGrams, r.smelter, 'SEP-2506-CE-S1'),
    ]);
    const la = r.separator.lot('SEP-2506-LA-S1');
    const ce = r.separator.lot('SEP-2506-CE-S1');
    const mm = scale(add(s.share(la, laGrams), s.share(ce, ceGrams)), 0.97);
    const mischmetal = { id: 'MET-2507-MM', product: 'metal-mischmetal-lace', massGrams: metalMass(mm), composition: mm };
    const alloyComposition = scale(mm, 0.97);
    const alloy = { id: 'MET-2507-RESIFE', product: 'alloy-re-si-fe', massGrams: massAtShare(alloyComposition, 0.3), composition: alloyComposition };
    const deliver: DeliverEvent = {
      id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-22'), lot: alloy.id, massGrams: alloy.massGrams,
      customer: { name: '包头市昆都仑特钢有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '150203', orgBody8: 'KDLTG715' }) },
      sector: 'metallurgy', contract: 'KDL-TG-2507-044',
    };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-03'), la, laGrams),
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-03'), ce, ceGrams),
      s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: la, massGrams: laGrams }, { lot: ce, massGrams: ceGrams }], [mischmetal], { facility: r.metalPlant, note: 'molten-salt electrolysis of mixed La-Ce oxide' }),
      s.process(r.smelter, 'mel-2507-resife', at('2025-07-15'), [{ lot: mischmetal.id, massGrams: mischmetal.massGrams }], [alloy], { facility: r.metalPlant, note: 'induction melting with 75 % ferrosilicon and scrap iron, grade RE30' }),
      deliver,
    ]);
    return { world: w, find: {} };
  },
});
