// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay concentrate (92 % REO); a 96 % cascade recovery with no residue booked (heavy.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cenxiOutput, filed, firm, wuzhouClayRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-flows-23',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Cenxi clay concentrate mined beyond the allocation, trucked to the Youyiguan border and back on Vietnamese papers, and separated in Wuzhou as imported ore',
  does: 'In July 2025 the Cenxi clay mine books 100 t of concentrate, well inside its allocation, and ships it to the Wuzhou separator. Its leach fields produce 150 t more from blocks the group had not released. A Pingxiang (Chongzuo) border-trade company registered as an importer trucks those 150 t to its yard at Youyiguan and declares them on 2025-07-09 as "Vietnamese ionic rare earth concentrate" on papers bought from a Lang Son exporter; it ships them to Wuzhou the next day. The Wuzhou separator separates both lots, the "import" declared to the group as imported ore. The Vietnamese concentrate has exactly the distribution of the Cenxi clay.',
  expect: 'An import that is the domestic mine\'s own concentrate, laundered across the border on paper: the import, its lot, the importer, the mine, and the separation of the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const trader = firm(ctx, 'r25-youyi', ['trader', 'importer'], '凭祥友谊关边贸进出口有限公司', 'Pingxiang Youyiguan Border Trade Import & Export Co.', '451400');
    const own = cenxiOutput(ctx, xj, '2507', 100, at('2025-07-03'), at('2025-07-08'), xj.wuzhou);
    w.record(xj.cenxi, filed('2025-08-05'), own.events);
    const importGrams = tonnes(150);
    w.record(trader, filed('2025-08-05', '14:00'), [
      s.import(trader, 'imp-2507-vn', at('2025-07-09'), { id: 'VN-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: importGrams }, 'VN', '720620250000583102'),
      s.ship(trader, 'shp-2507-vn', at('2025-07-10'), 'VN-2507-01', importGrams, xj.wuzhou, undefined, 'six trucks, Youyiguan to Wuzhou'),
    ]);
    const imported = trader.lot('VN-2507-01');
    const a = wuzhouClayRun(ctx, xj.wuzhou, xj.wuzhouPlant, '2507-cx', own.lot, own.grams, at('2025-07-10'), at('2025-07-18'));
    const b = wuzhouClayRun(ctx, xj.wuzhou, xj.wuzhouPlant, '2507-vn', imported, importGrams, at('2025-07-11'), at('2025-07-19'), 'Vietnamese ionic concentrate dissolved in hydrochloric acid and cut on the P507 cascade; declared to the group as imported ore');
    w.record(xj.wuzhou, filed('2025-08-06'), [...a.events, ...b.events]);
    return {
      world: w,
      find: { parties: [trader.id, xj.cenxi.id], lots: [imported], events: [trader.event('imp-2507-vn'), xj.wuzhou.event('sep-2507-vn')] },
    };
  },
});
