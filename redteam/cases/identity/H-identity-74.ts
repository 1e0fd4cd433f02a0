import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, tonnes } from '../../lib/chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-74',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide carrying 0.3 % lanthanum and cerium from the cascade, sold as NdPr oxide',
  does: 'The Baotou separator\'s July 2025 NdPr cut carries a little lanthanum and cerium over from the La/Ce split (0.2 % La2O3 and 0.1 % CeO2 of the REO, inside the usual 99 % NdPr purity grade), as every real cascade does. The carry-over is taken out of its lanthanum and cerium oxides, so the month balances element by element. 30 t of the NdPr oxide are shipped to the smelter on 07-22 and received on 07-23. Residue to the store as usual, reports on time.',
  expect: 'Nothing: NdPr oxide with trace light rare earths is what its label and grade allow.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const la = plan.byProduct['oxide-la']!;
    const ce = plan.byProduct['oxide-ce']!;
    const ndprReo = oxideMass(ndpr.composition!, 1);
    const laCarry = Math.floor((ndprReo * 0.002) / 1.1728);
    const ceCarry = Math.floor((ndprReo * 0.001) / 1.2284);
    ndpr.composition = { ...ndpr.composition, La: laCarry, Ce: ceCarry };
    ndpr.massGrams = oxideMass(ndpr.composition, 0.99);
    la.composition = { La: la.composition!.La! - laCarry };
    ce.composition = { Ce: ce.composition!.Ce! - ceCarry };
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-22'), ndpr.id, tonnes(30), r.smelter, `${ndpr.id}-S1`),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-23'), r.separator.lot(`${ndpr.id}-S1`), tonnes(30))]);
    return { world: w, find: {} };
  },
});
