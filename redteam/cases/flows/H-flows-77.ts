import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-77',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Two tonnes of NdPr metal delivered to a magnesium-alloy die-caster, not a magnet maker',
  does: 'On 2025-07-15 the Baotou smelter delivers 2 t of the NdPr metal left from its June campaign to a Chongqing die-casting company that makes magnesium–rare earth alloy housings (Mg–Nd alloys of the ZM6 type for gearbox and aerospace castings, about 2–3 % rare earths), sector metallurgy, under a year contract. The rest of its metal stays for the Ningbo magnet maker. The smelter reports July on 08-07.',
  expect: 'Nothing: magnet-grade metal has lawful final uses besides magnets; a foundry alloying magnesium is a final user of metal, and the delivery names it by its credit code.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const customer = { name: '重庆两江镁合金压铸有限公司 (Chongqing Liangjiang Magnesium Alloy Die-casting Co.)', id: customerCode('9RT3HW6N', '500000') };
    w.record(r.smelter, reportTime('2025-07', 7), [
      deliver('dlv-2507-mg', at('2025-07-15'), june.metal.split(':')[1]!, tonnes(2), customer, 'metallurgy', 'LJ-2025-NdPr-01', 'NdPr metal for Mg–RE casting alloy'),
    ]);
    return { world: w, find: {} };
  },
});
