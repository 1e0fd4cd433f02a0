import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-78',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Twenty tonnes of NdPr oxide lent to the sister separator for a customer order and repaid in kind three weeks later',
  does: 'The group\'s Hi-Tech Zone separator owes the Baotou smelter 20 t of NdPr oxide on 2025-07-08 but its July campaign is not due until the 20th. The Jiuyuan separator lends it 20 t of its June oxide on 07-05 (received 07-06), which the Hi-Tech Zone plant delivers to the smelter on 07-07 (received 07-08). After its July campaign on the mine\'s 1,000 t, the Hi-Tech Zone plant repays 20 t of its own new oxide on 07-25 (received 07-26). Residues go to the licensed store on the 24th; everyone reports on time.',
  expect: 'Nothing: a loan of stock between two plants repaid in kind; the mass goes out and comes back, but as two real sales of two different lots, each made and received.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx);
    const loan = tonnes(20);
    w.record(r.separator, at('2025-07-06', '18:00'), [
      s.ship(r.separator, 'shp-2507-loan', at('2025-07-05', '10:00'), june.ndprOxide.split(':')[1]!, loan, sister, 'SEP-2506-NDPR-L1', 'stock loan to the Hi-Tech Zone plant, to be repaid in kind'),
    ]);
    const lent = r.separator.lot('SEP-2506-NDPR-L1');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507', to: sister });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const plan = separate(feed, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    w.record(sister, reportTime('2025-07', 6), [
      s.receive(sister, 'rcv-2507-loan', at('2025-07-06'), lent, loan),
      s.ship(sister, 'shp-2507-sml', at('2025-07-07'), lent, loan, r.smelter, undefined, 'order of the Kundulun smelter, due 07-08'),
      s.receive(sister, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(sister, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: sisterPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(sister, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
      s.ship(sister, 'shp-2507-rep', at('2025-07-25'), 'GX-2507-NDPR', loan, r.separator, 'GX-2507-NDPR-R1', 'repayment of the 07-05 stock loan'),
    ]);
    receiveAndDispose(ctx, '2025-07', sister.lot(plan.residue!.id), residueGrams, '2507gx');
    w.record(r.separator, at('2025-08-06', '14:00'), [s.receive(r.separator, 'rcv-2507-rep', at('2025-07-26'), sister.lot('GX-2507-NDPR-R1'), loan)]);
    w.record(r.smelter, reportTime('2025-07', 7), [s.receive(r.smelter, 'rcv-2507-gx', at('2025-07-08'), lent, loan)]);
    return { world: w, find: {} };
  },
});
