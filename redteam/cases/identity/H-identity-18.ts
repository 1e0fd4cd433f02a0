// Figures as the baseline's (chain.ts, refining.ts): 1,000 t of Bayan Obo concentrate separated at
// 95 % into 99 % oxides, 0.45 t of water-leach residue per t of feed. The off-grade cerium oxide's
// traces of lanthanum and neodymium (about 0.8 % of its REO) are an estimate.
import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { on, zhengzhouGlass } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-identity-18',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Baotou separator books 22 t of July\'s cerium oxide as an off-grade lot with traces of lanthanum and neodymium and delivers it to a Zhengzhou glassworks',
  does: 'The Baotou separator separates July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20. The cerium section ran off-specification for two shifts after a pump failure, so it books 22 t of its cerium oxide as a second lot, 99 % REO but with lanthanum and neodymium traces above the polishing grade\'s limit. On 07-28 it delivers that lot to a Zhengzhou optical-glass company, which uses cerium oxide to decolourise glass and does not mind the traces, at a discount. Its residue goes to the licensed store. It reports July on 08-06.',
  expect: 'Nothing: the off-grade lot is cerium oxide with traces, as its label says, and cerium oxide for glass is an ordinary final use.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const ce = plan.byProduct['oxide-ce']!;
    const la = plan.byProduct['oxide-la']!;
    const ceTaken = { Ce: tonnes(17.75) };
    const laTaken = { La: tonnes(0.1) };
    const ndTaken = { Nd: tonnes(0.05) };
    const keptCe = subtract(ce.composition!, ceTaken);
    const keptLa = subtract(la.composition!, laTaken);
    const keptNdpr = subtract(ndpr.composition!, ndTaken);
    const offGrade = add(add(ceTaken, laTaken), ndTaken);
    const outputs: LotSpec[] = plan.outputs.map((o) => {
      if (o.id === ndpr.id) return { ...o, massGrams: oxideMass(keptNdpr), composition: keptNdpr };
      if (o.id === ce.id) return { ...o, massGrams: oxideMass(keptCe), composition: keptCe };
      if (o.id === la.id) return { ...o, massGrams: oxideMass(keptLa), composition: keptLa };
      return o;
    });
    const offGradeGrams = oxideMass(offGrade);
    outputs.push({ id: 'SEP-2507-CE2', product: 'oxide-ce', massGrams: offGradeGrams, composition: offGrade });
    const residue = plan.residue!;
    w.record(r.separator, on('2025-08-06'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; cerium section off-spec for two shifts' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-28'), lot: 'SEP-2507-CE2', massGrams: offGradeGrams, customer: zhengzhouGlass(), sector: 'glass-and-ceramics', contract: 'ZZ-2025-0719', note: 'off-grade cerium oxide for glass decolourising' },
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
