import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise, southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-identity-95',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Yttrium oxide stirred into "FCC cracking catalyst" and exported to Singapore: a catalyst that is 39 % yttrium',
  does: 'A Zibo catalyst maker that also exports buys 10 t of yttrium oxide from the Longnan separator (shipped 2025-07-15, received 07-16). On 07-20 it books a 20 t batch of fluid catalytic cracking catalyst made from it (the yttrium oxide mixed with kaolin and binder) and exports the batch to a Singapore trading company on 07-28, as catalyst, which needs no licence. FCC catalysts carry a few per cent of lanthanum and cerium (the catalogue\'s 2.5 % La); this one carries 7.8 t of yttrium, none of it needed for cracking, and is re-calcined and leached back to yttrium oxide abroad. Yttrium oxide has needed a dual-use licence since 2025-04-04.',
  expect: 'A catalyst whose rare earths are neither the kind nor the amount a catalyst holds, exported without a licence: the batch, the export and the catalyst maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 100);
    const maker = enterprise(ctx, 'zibo-catalyst', ['catalyst-maker', 'exporter'], '淄博齐鲁裂化催化剂有限公司', 'Zibo Qilu Cracking Catalyst Co.', '370300');
    const plant = ctx.w.facility({ id: 'plant-qilu-catalyst', party: maker.id, kind: 'plant', nameZh: '齐鲁催化剂厂', nameEn: 'Qilu catalyst plant', region: '370300' });
    const oxideGrams = tonnes(10);
    const y = sellOxide(ctx, south, heavy, 'oxide-y', oxideGrams, maker, '2025-07', '2507-y');
    const yGrams = s.share(y, oxideGrams).Y ?? 0;
    const batch = tonnes(20);
    w.record(maker, at('2025-08-08', '10:00'), [
      s.process(maker, 'cat-2507-01', at('2025-07-20'), [{ lot: y, massGrams: oxideGrams }], [{ id: 'FCC-2507-01', product: 'catalyst-fcc', massGrams: batch, composition: { Y: yGrams } }], { facility: plant, note: 'spray-dried with kaolin and silica sol, calcined' }),
      s.export(maker, 'exp-2507-fcc', at('2025-07-28'), 'FCC-2507-01', batch, 'SG', { customsDeclaration: '430120250700052760' }),
    ]);
    return {
      world: w,
      find: { events: [maker.event('cat-2507-01'), maker.event('exp-2507-fcc')], lots: [maker.lot('FCC-2507-01')], parties: [maker.id] },
    };
  },
});
