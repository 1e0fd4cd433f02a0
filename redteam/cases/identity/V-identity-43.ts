import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, leachGroups } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-identity-43',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Spent NiMH batteries" that carry yttrium, europium and dysprosium: clay leach liquor dried onto battery shred',
  does: 'The Ganzhou recycler collects 200 t of "end-of-life NiMH batteries" from a Changsha dismantling yard on 2025-07-03 and leaches them on 07-12. Battery mischmetal holds lanthanum, cerium, praseodymium and neodymium only; this lot\'s rare earths carry a third yttrium and some europium, gadolinium, terbium and dysprosium: the full spectrum of a medium-yttrium, europium-rich clay. It is precipitate from an illegal heap leach in the hills near Xunwu, mixed into shredded cells so it can enter a recycler\'s books.',
  expect: 'Post-consumer scrap whose rare earth distribution cannot come from its product (heavy rare earths in NiMH battery scrap); the collection, the scrap lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    // 12 t of clay concentrate's rare earths in 200 t of shred: about 6 % RE, the NiMH catalogue grade is 8.6 %.
    const composition = typical('concentrate-ionic-medium-y-eu', tonnes(12));
    const collect = s.collect(r.recycler, 'col-2507-nimh', at('2025-07-03'), { id: 'NIMH-2507-CS', product: 'eol-nimh-battery', massGrams: grams, composition }, { name: 'Changsha Xiangjiang battery dismantling yard' }, r.recyclingPlant);
    const leach = leachGroups(ctx, '2507N', r.recycler.lot('NIMH-2507-CS'), grams, at('2025-07-12'), [
      { suffix: 'LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
      { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
      { suffix: 'HRE', product: 'mixed-oxide-heavy', elements: ['Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'], purity: 0.95 },
    ], 0.3);
    w.record(r.recycler, at('2025-08-06', '10:00'), [collect, leach.event, s.ship(r.recycler, 'shp-2507N-res', at('2025-07-20'), 'RO-2507N-RES', leach.residueGrams, r.disposer)]);
    landfillResidue(ctx, '2507N', leach.residue, leach.residueGrams, '2025-07-21', '2025-07-23', at('2025-08-07', '11:00'));
    return { world: w, find: { events: [r.recycler.event('col-2507-nimh')], lots: [r.recycler.lot('NIMH-2507-CS')], parties: [r.recycler.id] } };
  },
});
