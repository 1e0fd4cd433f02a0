import { defineCase } from '../../lib/case.ts';
import { at, reo } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-66',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Cerium carbonate at 45 % REO, never calcined, delivered to a glass-polishing plant',
  does: 'In July the Baotou separator leaves its cerium line at the carbonate step: a Bengbu cover-glass works makes its own polishing slurry and wants cerium carbonate, which it calcines itself. The separator receives 1,000 t of concentrate on 2025-07-11 and separates it on 07-20 at 95 %, booking its cerium as about 533 t of cerium carbonate at 45 % REO (the hydrated carbonate\'s grade) instead of about 242 t of oxide; its residue goes to the licensed store. On 07-28 it delivers 400 t of the carbonate to the glassworks. Reported on 6 August.',
  expect: 'Nothing: a carbonate is a salt with a carbonate\'s grade, labelled as what it is; a salt may be delivered to a final user.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const ce = plan.byProduct['oxide-ce']!;
    ce.id = 'SEP-2507-CECO3';
    ce.product = 'salt-ce-carbonate';
    ce.massGrams = Math.ceil(reo(ce.composition!) / 0.45);
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; cerium precipitated with ammonium bicarbonate and not calcined' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      deliver('dlv-2507-ce', at('2025-07-28'), 'SEP-2507-CECO3', 400_000_000, { name: '蚌埠凯盛盖板玻璃有限公司 (Bengbu cover-glass works)', id: customerCode('BBGL2507', '340300') }, 'glass-and-ceramics', 'BB-2025-0707'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
