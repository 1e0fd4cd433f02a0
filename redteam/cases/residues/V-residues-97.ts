// Estimates (not in shared/DOMAIN.md): 98 % of the residue's rare earths into the alloy and 220 t of ferrosilicon are estimates; 450 t of residue is the library's 0.45 t a tonne of feed.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { enterprise } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-residues-97',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing water-leach residue charged into a ferroalloy furnace as "iron-bearing burden" and sold as rare earth ferrosilicon',
  does: 'The separator sells June\'s 450 t of water-leach residue on 2025-07-05 to a Baotou ferroalloy works (registered as an alloy maker, licensed for metal smelting) instead of paying the radioactive store. The works receives it on 07-06 and on 07-12 charges it with quartzite and scrap iron into its submerged-arc furnace, booking 220 t of low-grade rare earth ferrosilicon (about 2.3 % rare earths) that it delivers on 07-20 to a Hebei steel mill. The residue\'s thorium ends in the furnace slag and the steel; no disposal is ever recorded.',
  expect: 'A radioactive residue sent to a party that is no licensed disposer and turned into a product for steelmaking; the residue lot, the works\' campaign, the ferrosilicon lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const works = enterprise(ctx, 'ferroalloy-works', ['alloy-maker'], '包头九原铁合金有限公司', 'Baotou Jiuyuan Ferroalloy Co.', '150200');
    const licence = w.licence({ id: 'RT-MET-JYFA-2024', party: works.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000, scope: { products: ['alloy-re-si-fe'] } });
    const plant = w.facility({ id: 'plant-jiuyuan-ferroalloy', party: works.id, kind: 'plant', nameZh: '九原铁合金厂', nameEn: 'Jiuyuan ferroalloy plant', region: '150207', licence });
    const residue = month.residue;
    const local = residue.split(':')[1]!;
    const grams = s.lot(residue).massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-05'), local, grams, works, undefined, 'iron-bearing burden, 450 t')]);
    const alloy = scale(s.lot(residue).composition, 0.98);
    const alloyGrams = tonnes(220);
    const mill = outsideCode('hebei-steel', '130000');
    w.record(works, at('2025-08-07', '10:00'), [
      s.receive(works, 'rcv-2507-res', at('2025-07-06'), residue, grams),
      s.process(works, 'fa-2507-01', at('2025-07-12'), [{ lot: residue, massGrams: grams }], [
        { id: 'RESIFE-2507-01', product: 'alloy-re-si-fe', massGrams: Math.max(alloyGrams, massAtShare(alloy, 0.5)), composition: alloy },
      ], { facility: plant, note: 'submerged-arc furnace, burden with quartzite and scrap iron' }),
      { id: 'dlv-2507-resife', kind: 'deliver', time: at('2025-07-20'), lot: 'RESIFE-2507-01', massGrams: alloyGrams, customer: { name: '河北津西钢铁集团股份有限公司', id: mill }, sector: 'metallurgy', contract: 'JX-2025-0711' },
    ]);
    return {
      world: w,
      find: { lots: [residue, works.lot('RESIFE-2507-01')], events: [works.event('fa-2507-01'), r.separator.event('shp-2507-res')], parties: [works.id] },
    };
  },
});
