import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { handDisposal, handProcess, handShip } from '../../lib/round14.ts';

export default defineCase({
  id: 'V-time-77',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A campaign run in a leased workshop, "corrected" five weeks later to name the licensed plant after an inspector asks about it',
  does: 'The Baotou separator leases a workshop in Jiuyuan district that its licence does not cover and registers it as a plant of its own. In July 2025 it separates 700 t of the mine\'s concentrate at its licensed plant (07-20) and 300 t at the leased workshop (07-22), and reports both on 08-06 as they were. An inspector asks about the workshop on 08-14; on 08-15 the separator files a correction of the workshop campaign whose replacement is the same campaign "at the licensed plant", reason "facility code keyed wrong", under new lot numbers. The workshop\'s residue, which had not moved, goes to the licensed store on 08-20.',
  expect: 'A correction made after the deadline and after the question, which moves a campaign from an unlicensed workshop into the licensed plant: the correction, the original campaign and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const workshop = w.facility({ id: 'plant-jiuyuan-leased', party: r.separator.id, kind: 'plant', nameZh: '九原区租赁车间', nameEn: 'Jiuyuan leased workshop', region: '150207' });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const mainGrams = tonnes(700);
    const sideGrams = tonnes(300);
    const mainFeed = s.share(july.feed, mainGrams);
    const mainPlan = separate(mainFeed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(mainGrams) } });
    const events: LedgerEvent[] = [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: mainGrams }], mainPlan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
    ];
    const sideFeed = s.share(july.feed, sideGrams);
    const sideResidueGrams = residueGramsFor(sideGrams);
    const sidePlan = separate(sideFeed, 'SEP-2507W', { residue: { product: 'slag-water-leach-residue', massGrams: sideResidueGrams } });
    events.push(
      s.process(r.separator, 'sep-2507-02', at('2025-07-22'), [{ lot: july.feed, massGrams: sideGrams }], sidePlan.outputs, { facility: workshop, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), mainPlan.residue!.id, mainPlan.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    );
    w.record(r.separator, reportTime('2025-07', 6), events);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(mainPlan.residue!.id), mainPlan.residue!.massGrams, '2507');
    const moved = separate(sideFeed, 'SEP-2507C', { residue: { product: 'slag-water-leach-residue', massGrams: sideResidueGrams } });
    const replacement = handProcess('cor-2508-01', at('2025-07-22'), [{ lot: july.feed, massGrams: sideGrams }], moved.outputs, r.separationPlant, 'acid roasting, water leach, solvent extraction');
    w.record(r.separator, at('2025-08-15', '16:00'), [
      s.correct('cor-2508-01', at('2025-08-15', '15:00'), 'sep-2507-02', 'facility code keyed wrong: the campaign ran in the Jiuyuan plant', replacement),
    ]);
    w.record(r.separator, reportTime('2025-08', 6), [handShip('shp-2508-res', at('2025-08-20'), moved.residue!.id, sideResidueGrams, r.disposer, 'sealed residue trucks')]);
    handDisposal(ctx, r.separator.lot(moved.residue!.id), sideResidueGrams, '2508', at('2025-08-25'), at('2025-08-27'), reportTime('2025-08', 7));
    return {
      world: w,
      find: { events: [r.separator.event('cor-2508-01'), r.separator.event('sep-2507-02')], lots: [r.separator.lot('SEP-2507C-NDPR'), r.separator.lot('SEP-2507W-NDPR')], parties: [r.separator.id] },
    };
  },
});
