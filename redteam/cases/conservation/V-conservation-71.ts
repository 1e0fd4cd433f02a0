import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-71',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Concentrate assayed at 42 % REO at the mine and separated as 50 %: the miner\'s quota spared on paper',
  does: 'From July 2025 the Bayan Obo miner has its own laboratory report its concentrate at 42 % REO instead of the 50 % it really is (the price is settled on the separator\'s assay, so nobody loses money), which books 16 % less REO against its mining quota: 1,200 t extracted on 07-03 count as 504 t REO instead of 600 t. 1,000 t are shipped to the separator on 07-10. The separator, which pays on its own 50 % assay, separates the lot on 07-20 and books what a 50 % concentrate gives at 95 %: its oxides hold 113 % of the rare earths the ledger says it received. Residue goes to the licensed store; everyone reports on time.',
  expect: 'A separation that recovers more of each element than its feed held (about 113 %): the separator\'s July process and its feed lot; the miner\'s extraction, whose declared grade is the source of the gap.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const mined = tonnes(1_200);
    const shipped = tonnes(1_000);
    // The mine's declared assay: 42 % REO, the Bayan Obo distribution (0.84 of the 50 % typical).
    const declared = scale(typical('concentrate-bayan-obo', mined), 0.84);
    w.record(r.miner, reportTime(month, 5), [
      s.extract(r.miner, 'ext-2507-01', at(day(month, 3)), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: mined, composition: declared }, 'mine laboratory assay: 42.0 % REO'),
      s.ship(r.miner, 'shp-2507-01', at(day(month, 10), '14:30'), 'BC-2507-01', shipped, r.separator, 'BC-2507-01-S1', 'rail wagons 5102–5121'),
    ]);
    const feed = r.miner.lot('BC-2507-01-S1');
    // The separator's outputs follow the true 50 % concentrate.
    const plan = separate(typical('concentrate-bayan-obo', shipped), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shipped) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shipped),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shipped }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; settlement assay 50.1 % REO' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: {
        events: [r.separator.event('sep-2507-01'), r.miner.event('ext-2507-01')],
        lots: [feed, r.miner.lot('BC-2507-01')],
        parties: [r.miner.id, r.separator.id],
      },
    };
  },
});
