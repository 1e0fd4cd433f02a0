// Estimates (not in shared/DOMAIN.md): oxide → metal yield 97 % (refining.ts); mischmetal at 99 %
// rare earths.
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver, feedOf, hohhot, on, outsideCode, sale } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-licences-14',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A new Hohhot mischmetal works starts its cells two days into its first licence, on lanthanum and cerium oxide only',
  does: 'A Hohhot metal works is granted its first metal-smelting licence from 2025-07-01, scoped to lanthanum, cerium and La–Ce mischmetal (300 t REO a year). The Baotou separator ships it 15 t of lanthanum oxide and 30 t of cerium oxide from its June lots on 06-30 (received 07-01). The works starts its cells on 07-03 and reduces them into La–Ce mischmetal, and on 07-15 delivers 30 t of it to a Baotou steel works for rare earth treatment of rail steel. Everyone reports July by the 7th of August.',
  expect: 'Nothing: the smelting falls inside the licence\'s dates, elements and products; taking delivery of the oxide before the licence began is not smelting.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhot(ctx, '2025-07-01');
    const la = sale(ctx, r.separator, hh.party, { lot: r.separator.lot('SEP-2506-LA'), grams: tonnes(15), tag: 'r27-hh-la', shipAt: at('2025-06-30', '09:00'), receiveAt: at('2025-07-01', '09:00'), sellerAt: on('2025-07-06', '11:00'), buyerAt: on('2025-08-06', '15:00') });
    const ce = sale(ctx, r.separator, hh.party, { lot: r.separator.lot('SEP-2506-CE'), grams: tonnes(30), tag: 'r27-hh-ce', shipAt: at('2025-06-30', '09:30'), receiveAt: at('2025-07-01', '09:30'), sellerAt: on('2025-07-06', '11:05'), buyerAt: on('2025-08-06', '15:05') });
    const inputs = [{ lot: la, massGrams: tonnes(15) }, { lot: ce, massGrams: tonnes(30) }];
    const mm = scale(feedOf(ctx, inputs), 0.97);
    const mmGrams = metalMass(mm);
    w.record(hh.party, on('2025-08-06', '15:10'), [
      s.process(hh.party, 'met-2507-01', at('2025-07-03'), inputs, [{ id: 'HH-2507-MM', product: 'metal-mischmetal-lace', massGrams: mmGrams, composition: mm }], { facility: hh.plant, note: 'first campaign; fluoride molten-salt electrolysis, 6 kA cells' }),
      deliver('dlv-2507-mm', at('2025-07-15'), 'HH-2507-MM', tonnes(30), { name: '包头钢铁轨梁有限公司 (Baotou Steel Rail Co.)', id: outsideCode('r27-bt-steel', '150200') }, 'metallurgy', 'HH-MM-2025-001'),
    ]);
    return { world: w, find: {} };
  },
});
