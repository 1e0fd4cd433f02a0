import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-82',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A residue booked with 17 t more NdPr than the feed could leave, "re-leached" a month later for NdPr oxide',
  does: 'The Baotou separator separates July\'s 1,000 t of concentrate on 07-20 at 95 %, and books its 450 t water-leach residue with 17 t more praseodymium and neodymium than the 5 % its recovery left (a "poor leach"). It keeps the residue in its yard. On 08-12 it records a "re-leach" of the residue that yields 20 t of NdPr oxide and sends the leached residue to the licensed store on 08-22. The NdPr in the residue never came from the concentrate: it is over-quota NdPr made on an unlicensed line, given a paper origin in the residue. Everyone reports on time.',
  expect: 'A separation whose outputs, residue included, hold more Pr and Nd than its feed did; the NdPr the re-leach recovers was never in the books. The July separation, the residue lot, the re-leach and its oxide.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const plan = separate(feed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(july.shippedGrams) } });
    const residue = plan.residue!;
    // 17 t of Pr and Nd at the feed's ratio, beyond what the separation left.
    const ndprInFeed = pick(feed, ['Pr', 'Nd']);
    const ratio = 17_000_000 / ((ndprInFeed.Pr ?? 0) + (ndprInFeed.Nd ?? 0));
    residue.composition = add(residue.composition!, scale(ndprInFeed, ratio));
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; poor leach on kiln 2' }),
    ]);
    const residueLot = r.separator.lot(residue.id);
    const held = s.lot(residueLot).composition;
    const recovered = scale(pick(held, ['Pr', 'Nd']), 0.97);
    const oxide = { id: 'SEP-2508-RL-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(recovered), composition: recovered };
    const leached = { id: 'SEP-2508-RL-RES', product: 'slag-water-leach-residue', massGrams: residue.massGrams - tonnes(2), composition: subtract(held, recovered) };
    w.record(r.separator, reportTime('2025-08', 6), [
      s.process(r.separator, 'rl-2508-01', at('2025-08-12'), [{ lot: residue.id, massGrams: residue.massGrams }], [oxide, leached], { facility: r.separationPlant, note: 're-leach of the July residue' }),
      s.ship(r.separator, 'shp-2508-res', at('2025-08-22'), leached.id, leached.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(leached.id), leached.massGrams, '2508');
    return {
      world: w,
      find: {
        events: [r.separator.event('sep-2507-01'), r.separator.event('rl-2508-01')],
        lots: [residueLot, r.separator.lot(oxide.id)],
        parties: [r.separator.id],
      },
    };
  },
});
