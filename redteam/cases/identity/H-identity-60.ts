import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-60',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'YAG:Ce phosphor made from yttrium oxide and exported without a licence',
  does: 'A Changshu phosphor maker buys 10 t of yttrium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and 0.5 t of cerium oxide from the Baotou separator (shipped 07-10, received 07-11). On 07-20 it fires them with alumina into about 17.7 t of yttrium aluminium garnet phosphor doped with cerium, (Y0.97Ce0.03)3Al5O12, the yellow powder of white LEDs: 43 % yttrium by mass, 98 % of each oxide\'s rare earth carried into it. On 07-28 it exports 15 t to an LED packager in Korea. Yttrium oxide needs a dual-use licence since April 2025; a phosphor is not a compound or metal on the control list, and the maker exports without a licence. July is reported on the 8th of August.',
  expect: 'Nothing: a real phosphor, its composition that of YAG:Ce, made by a phosphor maker from oxides bought through the chain; phosphors are outside Announcement 18\'s categories, so the yttrium in it needs no licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const phosphor = w.party('phosphor', { kind: 'enterprise', roles: ['phosphor-maker', 'exporter'], nameZh: '常熟江南稀土发光材料有限公司', nameEn: 'Changshu Jiangnan Rare Earth Luminescent Materials Co.', region: '320581' });
    const plant = w.facility({ id: 'plant-changshu-phosphor', party: phosphor.id, kind: 'plant', nameZh: '常熟荧光粉厂', nameEn: 'Changshu phosphor plant', region: '320581' });
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const yGrams = tonnes(10);
    const yLot = sellOxide(ctx, south, heavy, 'oxide-y', yGrams, phosphor, '2025-07', '2507-y');
    const ceGrams = tonnes(0.5);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ce', at('2025-07-10'), 'SEP-2506-CE', ceGrams, phosphor, 'SEP-2506-CE-S1')]);
    const ceLot = r.separator.lot('SEP-2506-CE-S1');
    const inPhosphor = add(scale(s.share(yLot, yGrams), 0.98), scale(s.share(ceLot, ceGrams), 0.98));
    const yagGrams = massAtShare({ Y: inPhosphor.Y! }, 0.4325);
    w.record(phosphor, at('2025-08-08', '10:00'), [
      s.receive(phosphor, 'rcv-2507-ce', at('2025-07-11'), ceLot, ceGrams),
      s.process(phosphor, 'yag-2507-01', at('2025-07-20'), [{ lot: yLot, massGrams: yGrams }, { lot: ceLot, massGrams: ceGrams }], [
        { id: 'YAG-2507-01', product: 'phosphor-yag-ce', massGrams: yagGrams, composition: inPhosphor },
      ], { facility: plant, note: 'solid-state synthesis with Al2O3 and BaF2 flux, 1,500 °C in H2/N2' }),
      s.export(phosphor, 'exp-2507-yag', at('2025-07-28'), 'YAG-2507-01', tonnes(15), 'KR', { customsDeclaration: '230520250700017764' }),
    ]);
    return { world: w, find: {} };
  },
});
