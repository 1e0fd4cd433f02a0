import { defineCase } from '../../lib/case.ts';
import { at, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-62',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum oxide with 40 ppm of yttrium exported without a licence',
  does: 'No separation is perfect: the Baotou separator\'s July 2025 lanthanum oxide (99.99 % La2O3 of total rare earths) carries about 40 ppm of yttrium and 10 ppm of gadolinium that the extraction cascade did not strip. The separator ships 25 t of it to the Shanghai trading house on 07-24 (received 07-25), which exports it on 07-30 to an optical-glass maker in Japan with no licence: lanthanum oxide is not on the dual-use list. Its assay certificate, and the lot\'s composition, show the traces. Everyone reports July by the 8th of August.',
  expect: 'Nothing: Announcement 18 controls yttrium and gadolinium oxides, compounds and metals, not lanthanum oxide with a few parts per million of them; a trace impurity does not make a lot a controlled item.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.share(july.feed, july.shippedGrams), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: Math.round(july.shippedGrams * 0.45) } });
    const la = plan.byProduct['oxide-la']!;
    const heavy = plan.byProduct['mixed-oxide-heavy']!;
    const seg = plan.byProduct['mixed-oxide-smeugd']!;
    // 40 ppm of Y and 10 ppm of Gd of the lanthanum oxide's mass, taken from the heavy and SmEuGd cuts.
    const y = Math.round(la.massGrams * 40e-6);
    const gd = Math.round(la.massGrams * 10e-6);
    heavy.composition = subtract(heavy.composition!, { Y: y });
    seg.composition = subtract(seg.composition!, { Gd: gd });
    la.composition = { ...la.composition, Y: y, Gd: gd };
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-la', at('2025-07-24', '07:00'), la.id, tonnes(25), r.exporter, `${la.id}-S1`),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    const lot = r.separator.lot(`${la.id}-S1`);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-la', at('2025-07-25'), lot, tonnes(25)),
      s.export(r.exporter, 'exp-2507-la', at('2025-07-30'), lot, tonnes(25), 'JP', { customsDeclaration: '220120250700064410', note: 'La2O3 99.99 %/TREO, optical glass grade' }),
    ]);
    return { world: w, find: {} };
  },
});
