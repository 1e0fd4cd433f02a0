import { defineCase } from '../../lib/case.ts';
import { at, metalMass, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-02',
  family: 'residues',
  violation: false,
  heldOut: false,
  title: 'Rich electrolysis slag sold to a recycler',
  does: 'In July the smelter reduces 30 t of NdPr oxide to metal; its fluoride electrolysis slag, 1.5 t at about 33 % rare earths, goes to the Ganzhou recycler, which recovers 95 % of it as NdPr oxide. The slag is rich, but it is a recycling feed, not radioactive and not a mineral product.',
  expect: 'Nothing: a residue whose grade is that of its kind (electrolysis slag), sold to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const feed = s.share(oxide, grams);
    const metal = scale(feed, 0.97);
    const slagRe = scale(subtract(feed, metal), 0.9);
    const slagGrams = Math.ceil((slagRe.Pr! + slagRe.Nd!) / 0.33);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
        { id: 'SL-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagRe },
      ], { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-sl', at('2025-07-15'), 'SL-2507-01', slagGrams, r.recycler),
    ]);
    const slag = r.smelter.lot('SL-2507-01');
    const recovered = scale(slagRe, 0.95);
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sl', at('2025-07-16'), slag, slagGrams),
      s.process(r.recycler, 'rec-2507-sl', at('2025-07-22'), [{ lot: slag, massGrams: slagGrams }], [{ id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(recovered), composition: recovered }], { facility: r.recyclingPlant }),
    ]);
    return { world: w, find: {} };
  },
});
