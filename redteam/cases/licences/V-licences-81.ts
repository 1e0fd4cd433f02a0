import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-81',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A third of July\'s concentrate separated in a leased workshop, its campaign recorded with no plant named',
  does: 'The Baotou separator\'s licensed Jiuyuan plant is down for a kiln relining in July, so it runs 300 t of the month\'s 1,000 t of concentrate through a small leased acid-roasting workshop in Shiguai District that holds no licence and is in no registry. It records that campaign (07-18) with no facility, "campaign B", next to the 700 t it runs at its own plant on 07-20; both residues go to the licensed store on 07-24. Everyone reports on time.',
  expect: 'A separation that no licensed plant covers: the separator is licensed, but the activity is at a place the licence does not name. The campaign with no facility, its outputs and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const offsite = tonnes(300);
    const onsite = july.shippedGrams - offsite;
    const a = separate(s.share(july.feed, onsite), 'SEP-2507A', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(onsite) } });
    const b = separate(s.share(july.feed, offsite), 'SEP-2507B', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(offsite) } });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-b', at('2025-07-18'), [{ lot: july.feed, massGrams: offsite }], b.outputs, { note: 'campaign B' }),
      s.process(r.separator, 'sep-2507-a', at('2025-07-20'), [{ lot: july.feed, massGrams: onsite }], a.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507a-res', at('2025-07-24'), a.residue!.id, a.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      s.ship(r.separator, 'shp-2507b-res', at('2025-07-24', '10:00'), b.residue!.id, b.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(a.residue!.id), a.residue!.massGrams, '2507a');
    receiveAndDispose(ctx, '2025-07', r.separator.lot(b.residue!.id), b.residue!.massGrams, '2507b');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-b')], lots: b.outputs.map((o) => r.separator.lot(o.id)), parties: [r.separator.id] },
    };
  },
});
