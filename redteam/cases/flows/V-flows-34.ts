// Estimates (not in shared/DOMAIN.md): sealed 50 kg drums of oxide lose grams, not kilograms, on a
// road leg; each shortfall here is about 2 %.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { firm, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-flows-34',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Two tonnes of dysprosium oxide lose about 2 % at each of four hands on the way from Longnan to a Hefei magnet maker: 156 kg gone',
  does: 'The Longnan separator sells 2 t of dysprosium oxide in sealed 50 kg drums to a Ganzhou trading company on 2025-07-15. It goes from hand to hand: Ganzhou books it in on 07-16 at 1,962 kg ("a drum dented at unloading, spilt fines not recovered") and sells all it holds to a Changsha trader on 07-21, which books 1,921 kg on 07-23 ("re-weighed on receipt: moisture"); Changsha sells to a Wuhan trader on 07-28, which books 1,884 kg on 07-30 ("buyer\'s laboratory samples"); Wuhan sells to a Hefei magnet maker on 08-05, which books 1,844 kg on 08-07 ("a bag torn in transit"). Each shortfall, about 2 %, is small enough to pass a buyer\'s claim desk; together they are 156 kg, 7.8 % of a controlled oxide, which went by courier to a Hong Kong buyer. Everyone reports on time.',
  expect: 'A chain of receipts each short of its shipment, every leg of one dysprosium lot: the four short receipts, the lot and the three traders.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const a = firm(ctx, 'r23-gz-trader', ['trader'], '赣州章江稀土贸易有限公司', 'Ganzhou Zhangjiang Rare Earth Trading Co.', '360700');
    const b = firm(ctx, 'r23-cs-trader', ['trader'], '长沙湘资稀有金属贸易有限公司', 'Changsha Xiangzi Rare Metals Trading Co.', '430100');
    const c = firm(ctx, 'r23-wh-trader', ['trader'], '武汉江城新材料贸易有限公司', 'Wuhan Jiangcheng New Materials Trading Co.', '420100');
    const d = firm(ctx, 'r23-hf-magnets', ['magnet-maker'], '合肥庐阳磁材科技有限公司', 'Hefei Luyang Magnetic Materials Co.', '340100');
    const dy = heavy.lots['oxide-dy']!.split(':')[1]!;
    const lot = south.southSeparator.lot(`${dy}-A1`);
    const kg = (x: number): number => Math.round(x * 1_000);
    w.record(south.southSeparator, on('2025-08-06', '11:00'), [
      s.ship(south.southSeparator, 'shp-2507-dy', at('2025-07-15'), dy, tonnes(2), a, `${dy}-A1`, 'forty sealed 50 kg drums'),
    ]);
    w.record(a, on('2025-08-07'), [
      s.receive(a, 'rcv-2507-dy', at('2025-07-16'), lot, kg(1_962), 'a drum dented at unloading, spilt fines not recovered'),
      s.ship(a, 'shp-2507-dy', at('2025-07-21'), lot, kg(1_962), b),
    ]);
    w.record(b, on('2025-08-07', '11:00'), [
      s.receive(b, 'rcv-2507-dy', at('2025-07-23'), lot, kg(1_921), 're-weighed on receipt: moisture'),
      s.ship(b, 'shp-2507-dy', at('2025-07-28'), lot, kg(1_921), c),
    ]);
    w.record(c, on('2025-08-08'), [s.receive(c, 'rcv-2507-dy', at('2025-07-30'), lot, kg(1_884), 'buyer\'s laboratory samples')]);
    w.record(c, on('2025-09-04'), [s.ship(c, 'shp-2508-dy', at('2025-08-05'), lot, kg(1_884), d)]);
    w.record(d, on('2025-09-05'), [s.receive(d, 'rcv-2508-dy', at('2025-08-07'), lot, kg(1_844), 'a bag torn in transit')]);
    return {
      world: w,
      find: {
        parties: [a.id, b.id, c.id],
        events: [a.event('rcv-2507-dy'), b.event('rcv-2507-dy'), c.event('rcv-2507-dy'), d.event('rcv-2508-dy')],
        lots: [lot],
      },
    };
  },
});
