import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-73',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Magnesium–yttrium master alloy at 30 % yttrium delivered to a Xi\'an aerospace foundry',
  does: 'The Baotou smelter buys 5 t of yttrium oxide from Longnan (received 2025-07-16) and on 07-20 reduces it into magnesium with a 97 % yield, making about 12.6 t of Mg–30Y master alloy; on 07-28 it delivers 10 t to a Xi\'an foundry that casts magnesium aerospace housings. Yttrium is controlled for export, but this alloy stays in China; the label and grade are what the lot holds. Reported on time.',
  expect: 'Nothing: a yttrium-bearing alloy correctly labelled and delivered at home, where no export licence applies.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(5);
    const y = sellOxide(ctx, south, heavy, 'oxide-y', oxideGrams, r.smelter, '2025-07', '2507-y');
    const alloy = scale(s.share(y, oxideGrams), 0.97);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'mgy-2507-01', at('2025-07-20'), [{ lot: y, massGrams: oxideGrams }], [{ id: 'MGY-2507-01', product: 'alloy-mg-y', massGrams: massAtShare(alloy, 0.3), composition: alloy }], { facility: r.metalPlant, note: 'yttrium reduced into molten magnesium under flux' }),
      deliver('dlv-2507-mgy', at('2025-07-28'), 'MGY-2507-01', tonnes(10), { name: '西安秦岭镁合金铸造有限公司 (Xi\'an Qinling Magnesium Castings Co.)', id: customerCode('QLMG2507', '610100') }, 'metallurgy', 'QLMG-2025-031'),
    ]);
    return { world: w, find: {} };
  },
});
