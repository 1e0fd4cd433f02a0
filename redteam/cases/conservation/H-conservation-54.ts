import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-54',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'The group\'s assay laboratory draws 1.2 t of a concentrate train for its quarterly round-robin, booked as a loss before separation',
  does: 'In July 2025 the Baotou separator receives 1,000 t of Bayan Obo concentrate. For the group\'s quarterly inter-laboratory round-robin and its own umpire samples, the sampling tower draws 1.2 t (0.12 %, an estimate of a large sampling campaign) that go to the group\'s assay laboratory and are consumed there. The separator books them off the feed lot as a loss, "samples to the group assay centre, dispatch note QC-2507-14", and separates the other 998.8 t at 95 %, its residue to the licensed store.',
  expect: 'Nothing: a small, documented withdrawal of samples, its rare earths in proportion, the rest separated within the norms.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507', minedTonnes: 1_000, shippedTonnes: 1_000 });
    const sample = tonnes(1.2);
    const receive = s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams);
    const adjust = s.adjust(r.separator, 'adj-2507-smp', at('2025-07-12'), feed, -sample, 'samples to the group assay centre for the quarterly round-robin, dispatch note QC-2507-14');
    const fed = shippedGrams - sample;
    const plan = separate(s.share(feed, fed), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: Math.round(fed * 0.45) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      receive, adjust,
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: fed }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
