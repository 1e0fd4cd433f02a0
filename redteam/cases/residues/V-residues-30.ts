import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-30',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing residue placed in the disposer\'s old, unlicensed pond',
  does: 'The Baotou disposer\'s licensed radioactive residue store is near full while its fourth cell is being built. It takes the separator\'s July 2025 water-leach residue (450 t, thorium-bearing) as usual on 07-25, but on 07-27 places it in its old slag pond on the same company\'s land, registered as a disposal site of its own but never licensed (no liner, no radiation monitoring), and reports the disposal as radioactive-waste storage, as for June\'s residue, which went into the licensed store.',
  expect: 'Radioactive residue disposed of at a site no licence covers, by a party licensed only for its other site; the July disposal event and the disposer (June\'s disposal is in order).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const oldPond = w.facility({ id: 'site-baotou-old-pond', party: r.disposer.id, kind: 'disposal-site', nameZh: '包头老渣池', nameEn: 'Baotou old slag pond', region: '150206' });
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const lot = r.separator.lot(residue.id);
    w.record(r.disposer, reportTime(month, 7), [
      s.receive(r.disposer, 'rcv-2507-res', at(day(month, 25)), lot, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at(day(month, 27)), lot, residue.massGrams, 'radioactive-waste-storage', oldPond),
    ]);
    return { world: w, find: { events: [r.disposer.event('dsp-2507-res')], lots: [lot], parties: [r.disposer.id] } };
  },
});
