import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld, YEARS } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-62',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Two members each inside their allocation, their group 19 % over its ionic quota',
  does: 'A small Guangdong group holds 1,543 t REO of ionic mining quota a year (DOMAIN.md\'s 2023 figure for Guangdong Rare Earth). To keep two county-backed mines busy it allocates 1,000 t to each, 2,000 t in all, more than it holds. Each mine stays inside its own allocation: the Pingyuan mine extracts 500 t of light ionic concentrate (92 % REO) in April and 500 t in July 2025, the Heping mine 500 t in May and 500 t in August, about 920 t REO each, and both sell to the Longnan separator. After the Heping mine\'s August extraction the group has mined 1,840 t REO against a quota of 1,543 t. Every month is reported by the 6th.',
  expect: 'Mining beyond the group\'s quota, hidden by allocations to its members that add up to more than it holds; the group, and the extraction that took it over.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const group = w.party('gd-group', { kind: 'group', nameZh: '粤东稀土集团（红队）', nameEn: 'Yuedong Rare Earth Group (red team)', region: '440000' });
    const members = [
      { tag: 'gd-pingyuan', nameZh: '梅州平远稀土矿业有限公司', nameEn: 'Meizhou Pingyuan Rare Earth Mining Co.', region: '441400', mine: 'mine-pingyuan', mineZh: '平远离子型稀土矿', mineEn: 'Pingyuan ion-adsorption clay mine', code: 'PY', months: ['2025-04', '2025-07'] },
      { tag: 'gd-heping', nameZh: '河源和平稀土矿业有限公司', nameEn: 'Heyuan Heping Rare Earth Mining Co.', region: '441600', mine: 'mine-heping', mineZh: '和平离子型稀土矿', mineEn: 'Heping ion-adsorption clay mine', code: 'HP', months: ['2025-05', '2025-08'] },
    ];
    let last = { party: group, lot: '', event: '' };
    for (const year of YEARS) {
      w.quota({ id: `RT-Q${year}-MIN-GD`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_543 });
    }
    for (const m of members) {
      const party = w.party(m.tag, { kind: 'enterprise', roles: ['miner'], nameZh: m.nameZh, nameEn: m.nameEn, region: m.region, group: group.id });
      const licence = w.licence({ id: `RT-MIN-${m.code}-2024`, party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_200, scope: { products: ['ore-ionic-light', 'concentrate-ionic-light'] } });
      const mine = w.facility({ id: m.mine, party: party.id, kind: 'mine', nameZh: m.mineZh, nameEn: m.mineEn, region: m.region, licence, listed: true });
      for (const year of YEARS) w.quota({ id: `RT-Q${year}-MIN-${m.code}`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_000, allocatedFrom: `RT-Q${year}-MIN-GD` });
      for (const month of m.months) {
        const tag = month.slice(2).replace('-', '');
        const id = `${m.code}-${tag}-01`;
        const grams = tonnes(500);
        const [y, mm] = month.split('-').map(Number) as [number, number];
        const next = `${y}-${String(mm + 1).padStart(2, '0')}`;
        w.record(party, at(`${next}-05`, '10:00'), [
          s.extract(party, `ext-${tag}-01`, at(`${month}-08`), mine, { id, product: 'concentrate-ionic-light', massGrams: grams }),
          s.ship(party, `shp-${tag}-01`, at(`${month}-12`), id, grams, south.southSeparator),
        ]);
        w.record(south.southSeparator, at(`${next}-06`, '10:00'), [s.receive(south.southSeparator, `rcv-${m.code}-${tag}`, at(`${month}-13`), party.lot(id), grams)]);
        last = { party, lot: party.lot(id), event: party.event(`ext-${tag}-01`) };
      }
    }
    return { world: w, find: { parties: [group.id], events: [last.event], lots: [last.lot] } };
  },
});
