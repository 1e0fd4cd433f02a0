import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-71',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum oxide with yttrium and samarium at parts per million, exported without a licence',
  does: 'The Longnan separator separates 100 t of Xunwu light ionic concentrate on 07-18. Solvent extraction never gives a perfectly clean cut, so its lanthanum oxide carries the neighbours\' traces its certificate states: 30 ppm of yttrium and 20 ppm of samarium (an ordinary impurity level; estimate), taken from the feed like everything else. It sells 20 t of the lanthanum oxide to the Shanghai trading house (shipped 07-25, received 07-27), which exports it to a Japanese optical-glass maker on 08-05 without an export licence: lanthanum is under no control. Everyone reports on time.',
  expect: 'Nothing: the lot is lanthanum oxide; a few parts per million of yttrium and samarium do not make it a yttrium or samarium compound, so the dual-use control does not reach it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const month = '2025-07';
    const feed = mineIonic(ctx, south, month, '2507');
    const plan = separate(s.lot(feed.lot).composition, 'LN-2507', { recovery: 0.96 });
    const la = plan.byProduct['oxide-la']!;
    const seg = plan.byProduct['mixed-oxide-smeugd']!;
    const hre = plan.byProduct['mixed-oxide-heavy']!;
    const y = Math.round(la.massGrams * 30e-6);
    const sm = Math.round(la.massGrams * 20e-6);
    la.composition = { ...la.composition, Sm: sm, Y: y };
    seg.composition = { ...seg.composition, Sm: seg.composition!.Sm! - sm };
    hre.composition = { ...hre.composition, Y: hre.composition!.Y! - y };
    const shipped = tonnes(20);
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, 'rcv-2507-01', at(day(month, 13)), feed.lot, feed.massGrams),
      s.process(south.southSeparator, 'sep-2507-01', at(day(month, 18)), [{ lot: feed.lot, massGrams: feed.massGrams }], plan.outputs, { facility: south.southPlant, note: 'La2O3 4N grade: Y2O3 < 40 ppm, Sm2O3 < 25 ppm' }),
      s.ship(south.southSeparator, 'shp-2507-la', at(day(month, 25)), la.id, shipped, r.exporter, `${la.id}-PJ`),
    ]);
    const lot = south.southSeparator.lot(`${la.id}-PJ`);
    w.record(r.exporter, reportTime(month, 8), [s.receive(r.exporter, 'rcv-2507-la', at(day(month, 27)), lot, shipped)]);
    w.record(r.exporter, reportTime('2025-08', 5), [
      s.export(r.exporter, 'exp-2508-la', at('2025-08-05'), lot, shipped, 'JP', { customsDeclaration: '220120250800061190', note: 'lanthanum oxide 99.99 %, optical glass' }),
    ]);
    return { world: w, find: {} };
  },
});
