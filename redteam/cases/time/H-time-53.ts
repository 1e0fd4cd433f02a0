import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separationMonths } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-time-53',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Its 2025 allocation nearly spent, the separator leaves 1,600 t of December feed in the yard over New Year and separates it on 5 January',
  does: 'By the end of November the Baotou separator has separated 9,500 t REO of its 10,000 t 2025 allocation. The miner ships it 1,600 t of concentrate (800 t REO) on 2025-12-10, received on 12-11: more than the year has room for. The plant manager stops the line for its annual maintenance instead, keeps the feed in the covered yard, and separates it on 2026-01-05 under the 2026 allocation; the NdPr oxide goes to the smelter on 01-12 and the residue to the licensed store on 01-20. December (the receipt) is reported on 01-06, January on 02-05.',
  expect: 'Nothing: feed received in one year and separated in the next, each event at its own date; a quota counts separation when it is done.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    separationMonths(ctx, ['2025-10', '2025-11'], 9_000);
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-12', { tag: '2512', minedTonnes: 1_600, shippedTonnes: 1_600 });
    w.record(r.separator, at('2026-01-06', '10:00'), [s.receive(r.separator, 'rcv-2512-01', at('2025-12-11', '09:00'), feed, shippedGrams, 'held in the covered yard over the annual maintenance')]);
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2601', { residue: { product: 'slag-water-leach-residue', massGrams: Math.round(shippedGrams * 0.45) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const residue = plan.residue!;
    const oxideGrams = tonnes(40);
    w.record(r.separator, at('2026-02-05', '10:00'), [
      s.process(r.separator, 'sep-2601-01', at('2026-01-05'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'first campaign after the annual maintenance, under the 2026 allocation' }),
      s.ship(r.separator, 'shp-2601-ndpr', at('2026-01-12'), ndpr.id, oxideGrams, r.smelter, `${ndpr.id}-S1`),
      s.ship(r.separator, 'shp-2601-res', at('2026-01-20'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.smelter, at('2026-02-07', '10:00'), [s.receive(r.smelter, 'rcv-2601-ndpr', at('2026-01-13'), r.separator.lot(`${ndpr.id}-S1`), oxideGrams)]);
    receiveAndDispose(ctx, '2026-01', r.separator.lot(residue.id), residue.massGrams, '2601');
    return { world: w, find: {} };
  },
});
