import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-71',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A separator with a full feed yard sends 400 t of the concentrate it received on to its sister plant',
  does: 'In July 2025 the Jiuyuan separator\'s roasting kiln 2 is down for a week, and its feed yard cannot hold the 1,000 t train from the mine that arrives on 07-11. On the group\'s instruction it re-consigns 400 t of it by road to the group\'s other licensed Baotou separator on 07-12 (received 07-13), unopened. Each plant separates what it holds at 95 % (07-20 and 07-21) and sends its residue to the licensed store on 07-24. Everyone reports on time.',
  expect: 'Nothing: concentrate passing from one licensed separator to another of the same group, unchanged and unrenamed, each separating inside its own licence and allocation; a separator may ship feed it has not processed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx);
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const onward = tonnes(400);
    const kept = shippedGrams - onward;
    const jiuyuan = separate(s.share(feed, kept), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(kept) } });
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.ship(r.separator, 'shp-2507-fwd', at(day(month, 12)), feed, onward, sister, 'FWD-2507-01', 'kiln 2 down: re-consigned unopened to the Hi-Tech Zone plant'),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: kept }], jiuyuan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), jiuyuan.residue!.id, jiuyuan.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(jiuyuan.residue!.id), jiuyuan.residue!.massGrams, '2507');
    const forwarded = r.separator.lot('FWD-2507-01');
    const gaoxin = separate(s.lot(forwarded).composition, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(onward) } });
    w.record(sister, reportTime(month, 6), [
      s.receive(sister, 'rcv-2507-01', at(day(month, 13)), forwarded, onward),
      s.process(sister, 'sep-2507-01', at(day(month, 21)), [{ lot: forwarded, massGrams: onward }], gaoxin.outputs, { facility: sisterPlant }),
      s.ship(sister, 'shp-2507-res', at(day(month, 24), '10:00'), gaoxin.residue!.id, gaoxin.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, sister.lot(gaoxin.residue!.id), gaoxin.residue!.massGrams, '2507gx');
    return { world: w, find: {} };
  },
});
