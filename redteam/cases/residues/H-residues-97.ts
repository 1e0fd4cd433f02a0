// Estimates (not in shared/DOMAIN.md): furnace yield of 96 % and 27 % rare earths in the ferrosilicon are estimates (DOMAIN.md has neither).
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { enterprise, sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-residues-97',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A ferroalloy works next to the separator buys its lanthanum and cerium oxides for ferrosilicon; the residue goes to the store',
  does: 'The separator\'s June residue goes to the licensed radioactive store as usual. On 2025-07-05 it sells 5 t of lanthanum oxide and 10 t of cerium oxide to the Baotou ferroalloy works across the road (licensed for metal smelting), which reduces them with ferrosilicon in its submerged-arc furnace on 07-12 (96 % of the rare earths into the alloy, the rest in the furnace slag, an estimate) into 44 t of rare earth ferrosilicon at about 27 % rare earths, and delivers 40 t to a Hebei steel mill on 07-20.',
  expect: 'Nothing: separated oxides bought from the chain, reduced by a licensed smelter into an alloy for steelmaking, while the residue reaches the licensed store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = enterprise(ctx, 'ferroalloy-works', ['alloy-maker'], '包头九原铁合金有限公司', 'Baotou Jiuyuan Ferroalloy Co.', '150200');
    const licence = w.licence({ id: 'RT-MET-JYFA-2024', party: works.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000, scope: { products: ['alloy-re-si-fe'] } });
    const plant = w.facility({ id: 'plant-jiuyuan-ferroalloy', party: works.id, kind: 'plant', nameZh: '九原铁合金厂', nameEn: 'Jiuyuan ferroalloy plant', region: '150207', licence });
    const la = sale(ctx, r.separator, works, 'SEP-2506-LA', tonnes(5), 'SEP-2506-LA-F1', '2507-la', at('2025-07-05'), at('2025-07-06'));
    const ce = sale(ctx, r.separator, works, 'SEP-2506-CE', tonnes(10), 'SEP-2506-CE-F1', '2507-ce', at('2025-07-05'), at('2025-07-06'));
    w.record(r.separator, at('2025-08-06', '10:00'), [la.ship, ce.ship]);
    const alloy = scale(add(s.share(la.lot, tonnes(5)), s.share(ce.lot, tonnes(10))), 0.96);
    const alloyGrams = massAtShare(alloy, 0.27);
    const mill = outsideCode('hebei-steel', '130000');
    w.record(works, at('2025-08-07', '10:00'), [
      la.receive, ce.receive,
      s.process(works, 'fa-2507-01', at('2025-07-12'), [{ lot: la.lot, massGrams: tonnes(5) }, { lot: ce.lot, massGrams: tonnes(10) }], [
        { id: 'RESIFE-2507-01', product: 'alloy-re-si-fe', massGrams: alloyGrams, composition: alloy },
      ], { facility: plant, note: 'silicothermic reduction in the submerged-arc furnace' }),
      { id: 'dlv-2507-resife', kind: 'deliver', time: at('2025-07-20'), lot: 'RESIFE-2507-01', massGrams: tonnes(40), customer: { name: '河北津西钢铁集团股份有限公司', id: mill }, sector: 'metallurgy', contract: 'JX-2025-0711' },
    ]);
    return { world: w, find: {} };
  },
});
