import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-70',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'An under-calcined batch of NdPr oxide at 97.5 % REO, sold as such at a discount',
  does: 'During the separator\'s July 2025 campaign (07-20) a calciner thermocouple fails and the NdPr oxalate is fired too cool: the NdPr oxide comes out at 97.5 % REO instead of 99 %, the rest being carbon dioxide and water not driven off (loss on ignition 2.4 %). Nothing is added or removed; the lot is simply heavier for its rare earths. The separator books it at its real assay and sells 30 t of it to the Beijing trader on 07-24 at a discount, the certificate of analysis stating 97.5 %. The rest of the month is ordinary, residue to the licensed store, and everyone reports on time.',
  expect: 'Nothing: an off-grade batch of a real product, labelled with its true assay; a lot of 97.5 % is NdPr oxide, and its rare earths are exactly what the feed gave.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    ndpr.massGrams = oxideMass(ndpr.composition!, 0.975);
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'calciner 2 thermocouple failure: NdPr oxide lot at 97.5 % REO, LOI 2.4 %' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      s.ship(r.separator, 'shp-2507-tr', at(day(month, 24), '15:00'), ndpr.id, tonnes(30), r.trader, `${ndpr.id}-T1`, 'off-grade: TREO 97.5 %, sold at a discount'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    w.record(r.trader, reportTime(month, 7), [s.receive(r.trader, 'rcv-2507-01', at(day(month, 25), '11:00'), r.separator.lot(`${ndpr.id}-T1`), tonnes(30))]);
    return { world: w, find: {} };
  },
});
