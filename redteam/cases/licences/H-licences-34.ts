// Estimates (not in shared/DOMAIN.md): the company's licences, capacities and allocations are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cutsOf, firm, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-licences-34',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Hezhou company that holds both a mining licence for its clay mine and a separation licence for its plant separates its own concentrate',
  does: 'A Hezhou (Guangxi) rare earth company of the Guinan group runs an ion-adsorption clay mine and, three kilometres away, a separation plant. It holds a mining licence for the mine, which is on the group\'s published list, with a 600 t REO ionic mining allocation, and a separation licence for the plant (2,500 t REO a year) with a 1,000 t REO separation allocation. On 2025-07-05 it books 100 t of leach concentrate at the mine; its own trucks carry it to the plant, and on 07-18 it separates it there into single oxides at 95 %. No shipment is recorded: the concentrate never changes hands. July is reported on 08-06.',
  expect: 'Nothing: the mining is done at a licensed, listed mine inside its mining allocation, and the separation at a plant under a separation licence inside a separation allocation, both held by the company that does them.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const group = w.party('r23-guinan', { kind: 'group', nameZh: '桂南稀土集团（红队）', nameEn: 'Guinan Rare Earth Group (red team)', region: '450000' });
    const company = firm(ctx, 'r23-hz-company', ['miner', 'separator'], '贺州桂东稀土有限公司', 'Hezhou Guidong Rare Earth Co.', '451100', group);
    const minLicence = w.licence({
      id: 'RT23-MIN-HZ', party: company.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 800,
      scope: { products: ['ore-ionic-light', 'concentrate-ionic-light'] },
    });
    const sepLicence = w.licence({ id: 'RT23-SEP-HZ', party: company.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_500 });
    const mine = w.facility({ id: 'mine-r23-guidong', party: company.id, kind: 'mine', nameZh: '桂东离子型稀土矿', nameEn: 'Guidong ion-adsorption clay mine', region: '451100', licence: minLicence, listed: true });
    const plant = w.facility({ id: 'plant-r23-guidong', party: company.id, kind: 'plant', nameZh: '桂东分离厂', nameEn: 'Guidong separation plant', region: '451100', licence: sepLicence });
    for (const year of [2024, 2025, 2026]) {
      const gm = w.quota({ id: `RT23-Q${year}-MIN-GUINAN`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_200 });
      w.quota({ id: `RT23-Q${year}-MIN-HZ`, year, batch: 1, holder: company.id, activity: 'mining', oreType: 'ionic', tonnesReo: 600, allocatedFrom: gm });
      const gs = w.quota({ id: `RT23-Q${year}-SEP-GUINAN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 3_000 });
      w.quota({ id: `RT23-Q${year}-SEP-HZ`, year, batch: 1, holder: company.id, activity: 'separation', oreType: 'ionic', tonnesReo: 1_000, allocatedFrom: gs });
    }
    const grams = tonnes(100);
    const extraction = s.extract(company, 'ext-2507-01', at('2025-07-05'), mine, { id: 'GD-2507-01', product: 'concentrate-ionic-light', massGrams: grams });
    const made = cutsOf(scale(s.lot(company.lot('GD-2507-01')).composition, 0.95), 'GD-2507');
    w.record(company, on('2025-08-06'), [
      extraction,
      s.process(company, 'sep-2507-01', at('2025-07-18'), [{ lot: 'GD-2507-01', massGrams: grams }], made.outputs, {
        facility: plant, note: 'own concentrate, carried from the mine\'s precipitation yard by the company\'s trucks; hydrochloric acid dissolution, P507 cascade',
      }),
    ]);
    return { world: w, find: {} };
  },
});
