// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay concentrate (92 % REO); a 96 % cascade recovery with no residue booked (heavy.ts); the group's allocations are fictional.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld, YEARS } from '../../lib/roster.ts';
import { cenxiJuly, cenxiOutput, filed, firm, plant, wuzhouClayRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-licences-24',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Wuzhou separation plant changes hands on 1 August and the new company runs its cascade in August, seven weeks before its own separation licence is issued',
  does: 'The Xijiang group folds its Wuzhou separator into a new joint venture with a Guangdong magnet maker. The old company separates its July clay concentrate, hands the plant and the oxides in its warehouse over on 2025-07-31 (the new company books them in on 08-01), surrenders its separation licence and is deregistered; the new company is registered as a separator of the group and given 1,200 t REO of the group\'s separation allocation, but MIIT issues its separation licence only on 09-22. It does not wait: the Cenxi mine ships it 200 t of clay concentrate on 08-08, received 08-10, and it runs them through the cascade on 08-20 into single oxides, reporting August on 09-06 as the plant\'s new operator.',
  expect: 'A separation by a company whose licence was not yet in force, at a plant no licence then covered: the August campaign, its feed and output lots and the new company.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const buyer = firm(ctx, 'r25-guisheng', ['separator'], '梧州桂晟稀土新材料有限公司', 'Wuzhou Guisheng Rare Earth New Materials Co.', '450400', xj.group);
    const handover: { lot: string; grams: number }[] = [];
    cenxiJuly(ctx, xj, 150, (lots) => Object.values(lots).map((lot, i) => {
      const grams = s.lot(lot).massGrams;
      handover.push({ lot, grams });
      return s.ship(xj.wuzhou, `shp-2507-hand-${i}`, at('2025-07-31', '18:00'), lot.split(':')[1]!, grams, buyer, undefined, 'stock in the plant\'s warehouse handed over with the plant');
    }));
    w.amendParty(xj.wuzhou, { status: 'deregistered', since: '2025-08-01T00:00:00+08:00' });
    w.amendLicence(xj.wuzhouLicence, { validTo: '2025-07-31', status: 'revoked', since: '2025-08-01T00:00:00+08:00' });
    const licence = w.licence({ id: 'RT25-SEP-GS', party: buyer.id, activity: 'separation', validFrom: '2025-09-22', validTo: '2028-09-21', capacityTonnesReo: 3_000 });
    const site = plant(ctx, buyer, 'plant-r25-wuzhou-gs', '梧州稀土冶炼分离厂（桂晟公司）', 'Wuzhou rare earth separation plant (Guisheng Co.)', '450400', licence);
    for (const year of YEARS) {
      w.quota({ id: `RT25-Q${year}-SEP-GS`, year, batch: 1, holder: buyer.id, activity: 'separation', oreType: 'any', tonnesReo: 1_200, allocatedFrom: `RT25-Q${year}-SEP-XJ` });
    }
    const out = cenxiOutput(ctx, xj, '2508', 200, at('2025-08-04'), at('2025-08-08'), buyer);
    w.record(xj.cenxi, filed('2025-09-05'), out.events);
    const run = wuzhouClayRun(ctx, buyer, site, '2508-cx', out.lot, out.grams, at('2025-08-10'), at('2025-08-20'));
    w.record(buyer, filed('2025-09-06'), [
      ...handover.map((h, i) => s.receive(buyer, `rcv-2508-hand-${i}`, at('2025-08-01', '08:00'), h.lot, h.grams)),
      ...run.events,
    ]);
    return {
      world: w,
      find: { parties: [buyer.id], lots: [out.lot, run.lots['oxide-y']!, run.lots['oxide-dy']!], events: [buyer.event('sep-2508-cx')] },
    };
  },
});
