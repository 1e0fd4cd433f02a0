import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-78',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Philippine scandium oxide imported by the Beijing trader and delivered to a solid-oxide fuel-cell maker',
  does: 'The Beijing trader imports 500 kg of 99.9 % Sc2O3 from the Philippines on 2025-07-08 (a by-product of a nickel laterite leach plant there) and on 07-20 delivers 300 kg of it to a Ningbo maker of scandia-stabilised zirconia electrolyte for solid-oxide fuel cells (sector glass and ceramics); 200 kg stay in store. Scandium is on the dual-use export list, but nothing here is exported. The trader reports July on 08-06.',
  expect: 'Nothing: a controlled element bought abroad and sold at home needs no export licence, and the oxide is what its label says; it did not come from a Chinese separator, and need not.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const customer = { name: '宁波索福人能源技术有限公司 (Ningbo SOFC Energy Technology Co.)', id: customerCode('2KM8QX5T', '330200') };
    w.record(r.trader, reportTime('2025-07', 6), [
      s.import(r.trader, 'imp-2507-sc', at('2025-07-08'), { id: 'SC-2507-01', product: 'oxide-sc', massGrams: tonnes(0.5) }, 'PH', '010120250700045519'),
      deliver('dlv-2507-sc', at('2025-07-20'), 'SC-2507-01', tonnes(0.3), customer, 'glass-and-ceramics', 'SF-2025-031', 'Sc2O3 for ScSZ electrolyte'),
    ]);
    return { world: w, find: {} };
  },
});
