import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-50',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: '250 kg of neodymium oxide delivered to a filter-glass works',
  does: 'On 2025-07-05 the Baotou separator runs 3 t of its June NdPr oxide through its Pr/Nd cascade, making 0.7 t of praseodymium oxide and 2.2 t of neodymium oxide at 98.5 %. On 07-15 it delivers 250 kg of the neodymium oxide to a Zibo works that makes didymium welding-goggle and photographic filter glass, sector "glass and ceramics", under its yearly supply contract. July is reported on the 6th of August.',
  expect: 'Nothing: a glassworks is a final user of neodymium oxide, a glass colourant, and a quarter of a tonne is what a filter-glass works melts; the oxide is a deliverable product and the buyer keeps no traceability books.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(3);
    const split = scale(s.share(r.separator.lot('SEP-2506-NDPR'), grams), 0.985);
    const pr = pick(split, ['Pr']);
    const nd = pick(split, ['Nd']);
    const prLot = { id: 'SEP-2507-PR', product: 'oxide-pr', massGrams: oxideMass(pr), composition: pr };
    const ndLot = { id: 'SEP-2507-ND', product: 'oxide-nd', massGrams: oxideMass(nd), composition: nd };
    const customer = { name: '淄博市博山区光华滤光玻璃有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '370304', orgBody8: 'GHLG0715' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-gl', kind: 'deliver', time: at('2025-07-15'), lot: ndLot.id, massGrams: tonnes(0.25), customer, sector: 'glass-and-ceramics', contract: 'GH-2025-ND-YR', note: 'neodymium oxide for didymium filter glass' };
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.process(r.separator, 'sep-2507-prnd', at('2025-07-05'), [{ lot: 'SEP-2506-NDPR', massGrams: grams }], [prLot, ndLot], { facility: r.separationPlant, note: 'Pr/Nd solvent-extraction cascade' }),
      deliver,
    ]);
    return { world: w, find: {} };
  },
});
