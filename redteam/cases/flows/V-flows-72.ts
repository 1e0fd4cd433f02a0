import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-flows-72',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Four wagons "arrive empty" at one separator and four wagons\' "surplus" turns up at the other',
  does: 'On 07-10 the Bayan Obo miner sends two concentrate trains: 1,000 t to the Jiuyuan separator and 600 t to the group\'s Hi-Tech Zone separator. The Jiuyuan plant records only 920 t on 07-11, four wagons having "arrived with broken seals, empty", and claims the 80 t from the railway\'s insurer. The four wagons were in fact shunted to the Hi-Tech Zone plant, whose manager pays the yard crew in cash: it receives its own 600 t on 07-11 and on 07-14 books an 80 t surplus on that lot, "four wagons of train 2 booked to the wrong consignment", with the Bayan Obo assay. Each plant separates what it holds at 95 % and sends its residue to the licensed store on 07-24. Everyone reports on time.',
  expect: 'A shortfall at one receiver matched, tonne for tonne and in the same week, by an unexplained surplus of the same concentrate at another: the Hi-Tech Zone plant\'s stock adjustment and the Jiuyuan receipt, and the two shipments\' lots.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx);
    const month = '2025-07';
    const toJiuyuan = tonnes(1_000);
    const toGaoxin = tonnes(600);
    w.record(r.miner, reportTime(month, 5), [
      s.extract(r.miner, 'ext-2507-01', at(day(month, 3)), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_800) }),
      s.ship(r.miner, 'shp-2507-01', at(day(month, 10), '14:30'), 'BC-2507-01', toJiuyuan, r.separator, 'BC-2507-01-S1', 'train 1, wagons 4471–4490'),
      s.ship(r.miner, 'shp-2507-02', at(day(month, 10), '16:00'), 'BC-2507-01', toGaoxin, sister, 'BC-2507-01-S2', 'train 2, wagons 5201–5212'),
    ]);
    const feedA = r.miner.lot('BC-2507-01-S1');
    const feedB = r.miner.lot('BC-2507-01-S2');
    const got = tonnes(920);
    const rcvA = s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feedA, got, 'wagons 4487–4490 arrived with broken seals, empty: claim filed with the railway');
    const planA = separate(s.lot(feedA).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(got) } });
    w.record(r.separator, reportTime(month, 6), [
      rcvA,
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feedA, massGrams: got }], planA.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), planA.residue!.id, planA.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(planA.residue!.id), planA.residue!.massGrams, '2507');
    const surplus = tonnes(80);
    const heldB = toGaoxin + surplus;
    const rcvB = s.receive(sister, 'rcv-2507-01', at(day(month, 11), '10:00'), feedB, toGaoxin);
    const adjB = s.adjust(sister, 'adj-2507-01', at(day(month, 14)), feedB, surplus, 'weighbridge re-check: four wagons of train 2 booked to the wrong consignment', typical('concentrate-bayan-obo', surplus));
    const planB = separate(s.lot(feedB).composition, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(heldB) } });
    w.record(sister, reportTime(month, 6), [
      rcvB,
      adjB,
      s.process(sister, 'sep-2507-01', at(day(month, 21)), [{ lot: feedB, massGrams: heldB }], planB.outputs, { facility: sisterPlant }),
      s.ship(sister, 'shp-2507-res', at(day(month, 24), '10:00'), planB.residue!.id, planB.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, sister.lot(planB.residue!.id), planB.residue!.massGrams, '2507gx');
    return {
      world: w,
      find: { events: [sister.event('adj-2507-01'), r.separator.event('rcv-2507-01')], lots: [feedA, feedB], parties: [sister.id] },
    };
  },
});
