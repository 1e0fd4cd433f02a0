import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { addSisterSeparator } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-82',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Radioactive residue stirred into concentrate and sold to the sister separator as "Bayan Obo concentrate"',
  does: 'The Baotou separator keeps its June water-leach residue (450 t) in its yard to save the store\'s fee. On 07-14 it blends it with 300 t of July\'s concentrate and books the 750 t as Bayan Obo concentrate, which it sells to the group\'s Hi-Tech Zone separator (shipped 07-15, received 07-16) as off-grade feed. The sister plant separates it on 07-21 and sends its own residue to the store; the Baotou separator separates its other 700 t on 07-20. The June residue never reaches the store: it has become "concentrate" at 21 % REO. Everyone reports on time.',
  expect: 'A residue that leaves the residue regime inside a product: the blend, the blended lot, the June residue and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const sister = addSisterSeparator(ctx);
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const residueGrams = s.lot(june.residue).massGrams;
    const blended = tonnes(300);
    const own = july.shippedGrams - blended;
    const blendLot = { id: 'SEP-2507-BLD', product: 'concentrate-bayan-obo', massGrams: blended + residueGrams, composition: add(s.share(july.feed, blended), s.lot(june.residue).composition) };
    const receive = s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams);
    const blend = s.process(r.separator, 'bld-2507-01', at('2025-07-14'), [{ lot: july.feed, massGrams: blended }, { lot: june.residue, massGrams: residueGrams }], [blendLot], { facility: r.separationPlant, note: 'off-grade feed blended for sale' });
    const plan = separate(s.share(july.feed, own), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(own) } });
    w.record(r.separator, reportTime('2025-07', 6), [
      receive,
      blend,
      s.ship(r.separator, 'shp-2507-bld', at('2025-07-15'), blendLot.id, blendLot.massGrams, sister.sister),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: own }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, plan.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(plan.residue!.id), plan.residue!.massGrams, '2507');
    const bought = r.separator.lot(blendLot.id);
    const sisterPlan = separate(s.lot(bought).composition, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(blendLot.massGrams) } });
    w.record(sister.sister, reportTime('2025-07', 7), [
      s.receive(sister.sister, 'rcv-2507-bld', at('2025-07-16', '10:00'), bought, blendLot.massGrams),
      s.process(sister.sister, 'sep-2507-gx', at('2025-07-21'), [{ lot: bought, massGrams: blendLot.massGrams }], sisterPlan.outputs, { facility: sister.sisterPlant, note: 'off-grade Bayan Obo feed' }),
      s.ship(sister.sister, 'shp-2507-gxres', at('2025-07-24', '11:00'), sisterPlan.residue!.id, sisterPlan.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', sister.sister.lot(sisterPlan.residue!.id), sisterPlan.residue!.massGrams, '2507gx');
    return {
      world: w,
      find: { events: [r.separator.event('bld-2507-01')], lots: [bought, june.residue], parties: [r.separator.id] },
    };
  },
});
