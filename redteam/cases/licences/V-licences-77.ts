import { defineCase } from '../../lib/case.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

const MONTHS = ['2025-03', '2025-04', '2025-05', '2025-07'];

export default defineCase({
  id: 'V-licences-77',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A separator reads its quota as a cap on oxide out: 10,500 t REO of concentrate fed against a 10,000 t allocation, 9,975 t REO of oxides made',
  does: 'The Baotou separator\'s 2025 separation allocation is 10,000 t REO. It takes 5,000 t of concentrate (2,500 t REO) a month from the mine in March, April, May and July and the baseline\'s 1,000 t in June: 10,500 t REO of feed by the end of July. Its management counts the quota on the oxides it puts out, which at its 95 % recovery hold 9,975 t REO, "inside the allocation". Every campaign is otherwise ordinary: residue to the licensed store, reports by the 6th.',
  expect: 'Separation feed beyond the separator\'s quota for the year (the quota counts the REO of the ore products separated): the July campaign that crosses it and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const month of MONTHS) {
      const tag = month.slice(2).replace('-', '');
      const batch = mineAndShip(ctx, month, { tag, minedTonnes: 5_000, shippedTonnes: 5_000 });
      separateShipment(ctx, month, batch.feed, batch.shippedGrams, tag);
    }
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot('SEP-2507-NDPR')], parties: [r.separator.id] },
    };
  },
});
