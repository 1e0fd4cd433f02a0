// Estimates (not in shared/DOMAIN.md): the company's licences, capacities and allocation are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cutsOf, firm, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-licences-34',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Hunan company shuts its Jianghua separation plant for an environmental rectification and runs 120 t of clay concentrate through its recycling plant instead',
  does: 'A Yongzhou (Hunan) rare earth company holds two licences for two plants: a separation licence for its Jianghua separation plant, with an ionic separation allocation of 1,500 t REO, and a recycling licence for its Yongzhou magnet-scrap plant. In July 2025 the provincial ecology department orders the Jianghua plant shut until its effluent treatment is rebuilt. The company has 120 t of light clay concentrate coming from the Xunwu mine (shipped 07-12, received 07-14) and a customer waiting, so on 07-22 it dissolves and separates the concentrate on the Yongzhou recycling plant\'s leach and extraction line, into single oxides at 95 %. The process record names the recycling plant. July is reported on 08-06.',
  expect: 'Separation of a mineral product at a plant licensed only for recycling: the separation, the concentrate lot and the company.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const group = w.party('r23-xiangnan', { kind: 'group', nameZh: '湘南稀土集团（红队）', nameEn: 'Xiangnan Rare Earth Group (red team)', region: '430000' });
    const company = firm(ctx, 'r23-yz-company', ['separator', 'recycler'], '永州湘江稀土有限责任公司', 'Yongzhou Xiangjiang Rare Earth Co.', '431100', group);
    const sepLicence = w.licence({ id: 'RT23-SEP-YZ', party: company.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_500 });
    const recLicence = w.licence({ id: 'RT23-REC-YZ', party: company.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 800 });
    w.facility({ id: 'plant-r23-jianghua-separation', party: company.id, kind: 'plant', nameZh: '江华分离厂', nameEn: 'Jianghua separation plant', region: '431100', licence: sepLicence });
    const recyclingPlant = w.facility({ id: 'plant-r23-yongzhou-recycling', party: company.id, kind: 'plant', nameZh: '永州钕铁硼废料回收厂', nameEn: 'Yongzhou magnet-scrap recycling plant', region: '431100', licence: recLicence });
    for (const year of [2024, 2025, 2026]) {
      const gs = w.quota({ id: `RT23-Q${year}-SEP-XIANGNAN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 3_000 });
      w.quota({ id: `RT23-Q${year}-SEP-YZ`, year, batch: 1, holder: company.id, activity: 'separation', oreType: 'ionic', tonnesReo: 1_500, allocatedFrom: gs });
    }
    const grams = tonnes(120);
    w.record(south.ionicMiner, on('2025-08-05'), [
      s.extract(south.ionicMiner, 'ext-2507-01', at('2025-07-04'), south.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: grams }),
      s.ship(south.ionicMiner, 'shp-2507-01', at('2025-07-12'), 'IC-2507-01', grams, company, undefined, 'trucks Xunwu–Yongzhou'),
    ]);
    const feed = south.ionicMiner.lot('IC-2507-01');
    const made = cutsOf(scale(s.lot(feed).composition, 0.95), 'YZ-2507');
    w.record(company, on('2025-08-06'), [
      s.receive(company, 'rcv-2507-01', at('2025-07-14'), feed, grams),
      s.process(company, 'sep-2507-01', at('2025-07-22'), [{ lot: feed, massGrams: grams }], made.outputs, {
        facility: recyclingPlant, note: 'Jianghua plant shut by the provincial ecology department; run on the recycling plant\'s leach and extraction line',
      }),
    ]);
    return { world: w, find: { parties: [company.id], events: [company.event('sep-2507-01')], lots: [feed] } };
  },
});
