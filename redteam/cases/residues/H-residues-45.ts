import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-45',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A short July campaign\'s residue goes to the store the morning after, before its oxides have left the plant',
  does: 'On 2025-07-02 the miner ships the 200 t of concentrate left from June to the separator (received 07-03), which runs it as a short campaign on 07-05. The store has a free convoy the next morning, so the 90 t of water-leach residue leave on 07-06 (received 07-07, placed 07-08), while the campaign\'s oxides stay in the separator\'s warehouse all month.',
  expect: 'Nothing: residue made, shipped and stored within three days by licensed parties; speed is not a fault.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-02'), june.concentrate, grams, r.separator, 'BC-2506-01-S2')]);
    const feed = r.miner.lot('BC-2506-01-S2');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-03'), feed, grams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-05'), [{ lot: feed, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-06', '07:00'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-07'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-08'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
