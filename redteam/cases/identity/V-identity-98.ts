// Estimates (not in shared/DOMAIN.md): recovery of 95 % is inside DOMAIN.md's ~97 % from swarf; 0.8 t of leach residue a tonne is an estimate.
import { defineCase } from '../../lib/case.ts';
import { tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-identity-98',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"End-of-life motors" that are 31 % rare earths: new magnets collected as scrapped motors',
  does: 'On 2025-07-07 the Ganzhou recycler collects 30 t booked as "end-of-life permanent-magnet motors" from a Foshan scrap dealer, with the rare earths of sintered NdFeB magnets: 31 % of the lot, where whole scrapped motors hold well under 1 % (the magnets are a small part of a motor\'s iron and copper). The lot is new magnets from an unlicensed Guangdong workshop that sinters smuggled NdPr metal; booked as post-consumer motors, their rare earths become "recycled" NdPr oxide on 07-18.',
  expect: 'A collected end-of-life product whose grade is that of fresh magnets, some forty times what motors carry; the collection, the lot and the recycler\'s campaign.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const run = recycleCollected(ctx, '2507-eom', { product: 'eol-motor', massGrams: grams, composition: typical('magnet-ndfeb-sintered', grams) },
      { name: '佛山南海旧电机回收站（个体）' },
      { collect: '2025-07-07', process: '2025-07-18', residue: '2025-07-22', residueIn: '2025-07-23', residuePlaced: '2025-07-24' },
      '2025-08-07T10:00:00+08:00', '2025-08-08T10:00:00+08:00');
    return { world: w, find: { lots: [run.lot], events: [run.collectEvent, run.processEvent] } };
  },
});
