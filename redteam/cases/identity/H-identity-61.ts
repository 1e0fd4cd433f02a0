import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, day, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld, YEARS } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-61',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Sichuan bastnaesite concentrate at 42 % REO, the bottom of its range, sold as what it is',
  does: 'The Maoniuping mine at Mianning (China Rare Earth Group, licensed and on the list, with a rock-ore allocation) works a weathered, clay-rich bench in July 2025, and its flotation makes concentrate at 42 % REO instead of the usual 50 %. DOMAIN.md gives Sichuan concentrates as 41.6–55.8 % REO. The miner books 600 t of Sichuan bastnaesite concentrate at its real, low grade on 07-03 and ships 500 t to the Baotou separator on 07-08 (received 07-11, price cut per point under 50 %), which separates it on 07-20 at 95 %, with the residue to the licensed store. July is reported by the 6th of August.',
  expect: 'Nothing: a concentrate labelled as what it is, at a grade inside the range its ore yields, from a licensed, listed mine inside its allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const mianning = w.party('mianning-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁牦牛坪稀土矿业有限公司', nameEn: 'Mianning Maoniuping Rare Earth Mining Co.', region: '513433', group: south.crg.id });
    const licence = w.licence({ id: 'RT-MIN-MN-2024', party: mianning.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 8_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
    const mine = w.facility({ id: 'mine-maoniuping', party: mianning.id, kind: 'mine', nameZh: '牦牛坪稀土矿', nameEn: 'Maoniuping rare earth mine', region: '513433', licence, listed: true });
    for (const year of YEARS) {
      const groupRock = w.quota({ id: `RT-Q${year}-MIN-CRG-ROCK`, year, batch: 1, holder: south.crg.id, activity: 'mining', oreType: 'rock', tonnesReo: 30_280 });
      w.quota({ id: `RT-Q${year}-MIN-MN`, year, batch: 1, holder: mianning.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000, allocatedFrom: groupRock });
    }
    const month = '2025-07';
    const grams = tonnes(600);
    // The catalogue's 50 % REO mix, scaled to 42 %: the same distribution, more gangue.
    const lean = { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: grams, composition: scale(typical('concentrate-mianning', grams), 0.84) };
    const shipped = tonnes(500);
    w.record(mianning, reportTime(month, 5), [
      s.extract(mianning, 'ext-2507-01', at(day(month, 3)), mine, lean, 'bench 2740, weathered ore: flotation concentrate 42 % REO'),
      s.ship(mianning, 'shp-2507-01', at(day(month, 8), '14:30'), 'MN-2507-01', shipped, r.separator, 'MN-2507-01-S1', 'rail, Xichang to Baotou'),
    ]);
    separateShipment(ctx, month, mianning.lot('MN-2507-01-S1'), shipped, '2507');
    return { world: w, find: {} };
  },
});
