import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-70',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide delivered in 200 kg drums to three ceramic-capacitor makers',
  does: 'Dy2O3 is a dopant of the barium titanate dielectric in multilayer ceramic capacitors, used by the hundred kilograms. The Beijing trader buys 2 t of it from the Longnan separator in July 2025 (shipped 07-15, received 07-16) and delivers it in 200 kg lots between 07-18 and 07-27 to three capacitor makers in Guangzhou, Suzhou and Xiamen, each named with its credit code and its supply contract, sector electronics. The trader reports on time.',
  expect: 'Nothing: a dysprosium oxide sold at home in small lots to identified manufacturers that consume exactly that product; domestic sales need no export licence.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.trader, '2025-07', '2507-dy');
    const makers = [
      { name: '广州南沙电子陶瓷有限公司', id: customerCode('GZNSDZTC', '440100'), contract: 'NSDZ-2025-DY-07' },
      { name: '苏州吴中多层陶瓷电容器有限公司', id: customerCode('SZWZMLCC', '320500'), contract: 'WZ-MLCC-2025-031' },
      { name: '厦门海沧电子元件有限公司', id: customerCode('XMHCDZYJ', '350200'), contract: 'HC-DY2O3-2025-02' },
    ];
    const deliveries = Array.from({ length: 10 }, (_, i) => {
      const maker = makers[i % 3]!;
      return deliver(`dlv-2507-${String(i + 1).padStart(2, '0')}`, at(`2025-07-${String(18 + i).padStart(2, '0')}`, '14:00'), lot, tonnes(0.2), { name: maker.name, id: maker.id }, 'electronics', maker.contract, 'Dy2O3 99.9 %, 200 kg drum, MLCC dielectric dopant');
    });
    w.record(r.trader, at('2025-08-07', '11:00'), deliveries);
    return { world: w, find: {} };
  },
});
