import { defineCase } from '../../lib/case.ts';
import { add, at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-01',
  family: 'identity',
  violation: true,
  heldOut: false,
  title: 'Concentrate declared as tailings and sold to a recycler',
  does: 'The miner beneficiates 6,000 t of ore at its mine and declares, besides 400 t of concentrate and 5,300 t of tailings, a further 150 t of "tailings" that grade 48 % REO: concentrate in all but name. It ships that lot to the Ganzhou recycler, which may not buy mineral products, and which separates it.',
  expect: 'A tailings lot with a concentrate\'s grade (and the recycler processing it); the lot and the process that declared it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(6_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore);
    const held = s.lot(r.miner.lot(ore.id)).composition;
    const concentrate = scale(held, 0.555);
    const hidden = scale(held, 0.2);
    // A tenth of what the concentrate does not take is lost as slimes; the rest is in the tailings.
    const realTailings = scale(subtract(held, add(concentrate, hidden)), 0.9);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(400), composition: concentrate },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tonnes(5_300), composition: realTailings },
        { id: 'TL-2507-02', product: 'tailings-bayan-obo', massGrams: tonnes(150), composition: hidden },
      ], { facility: r.mine, note: 'magnetic separation and flotation' }),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-10'), 'TL-2507-02', tonnes(150), r.recycler),
    ]);
    const feed = r.miner.lot('TL-2507-02');
    const plan = separate(s.lot(feed).composition, 'RC-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(tonnes(150)) } });
    const residue = plan.residue!;
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-tl', at('2025-07-14'), feed, tonnes(150)),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-21'), [{ lot: feed, massGrams: tonnes(150) }], plan.outputs, { facility: r.recyclingPlant, note: 'tailings re-treatment' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-23'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: { parties: [r.miner.id, r.recycler.id], lots: [feed], events: [r.miner.event('ben-2507-01'), r.recycler.event('rec-2507-01')] } };
  },
});
