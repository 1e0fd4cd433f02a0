// Figures as the baseline's (chain.ts, refining.ts): 1,000 t of Bayan Obo concentrate separated at
// 95 % into 99 % oxides, 0.45 t of water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { on, zhengzhouGlass } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-identity-18',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Baotou separator books a fifth of July\'s NdPr oxide as 22 t of "off-grade cerium oxide" and delivers it to a Zhengzhou glassworks',
  does: 'The Baotou separator separates July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20. It books a fifth of the NdPr it recovers, with 1.5 t of cerium oxide, as a second cerium oxide lot, "off-grade CeO2, for glass", and on 07-28 delivers the 22 t to a Zhengzhou optical-glass company as cerium oxide, invoiced at cerium\'s price; the buyer pays the difference in cash and sells the oxide on to a magnet-alloy workshop. Its residue goes to the licensed store. It reports July on 08-06.',
  expect: 'A "cerium oxide" that is 93 % NdPr oxide, delivered out of the traced chain: the lot, the separation that made it and the delivery.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const ce = plan.byProduct['oxide-ce']!;
    const diverted = scale(ndpr.composition!, 0.2);
    const ceTaken = { Ce: tonnes(1.2) };
    const keptNdpr = subtract(ndpr.composition!, diverted);
    const keptCe = subtract(ce.composition!, ceTaken);
    const offGrade = add(diverted, ceTaken);
    const outputs: LotSpec[] = plan.outputs.map((o) => {
      if (o.id === ndpr.id) return { ...o, massGrams: oxideMass(keptNdpr), composition: keptNdpr };
      if (o.id === ce.id) return { ...o, massGrams: oxideMass(keptCe), composition: keptCe };
      return o;
    });
    outputs.push({ id: 'SEP-2507-CE2', product: 'oxide-ce', massGrams: oxideMass(offGrade), composition: offGrade });
    const residue = plan.residue!;
    const offGradeGrams = oxideMass(offGrade);
    w.record(r.separator, on('2025-08-06'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-28'), lot: 'SEP-2507-CE2', massGrams: offGradeGrams, customer: zhengzhouGlass(), sector: 'glass-and-ceramics', contract: 'ZZ-2025-0719', note: 'off-grade cerium oxide for glass polishing and decolourising' },
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: { lots: [r.separator.lot('SEP-2507-CE2')], events: [r.separator.event('sep-2507-01'), r.separator.event('dlv-2507-01')] },
    };
  },
});
