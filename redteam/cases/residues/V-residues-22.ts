import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-22',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'NdPr metal written off as electrolysis slag and landfilled',
  does: 'The metal smelter reduces 30 t of NdPr oxide in July 2025 and books only 85 % of its rare earths as metal. Another 12 % goes into a 5 t "electrolysis slag" lot: 61 % rare earths, nearly twice an electrolysis slag\'s grade and the grade of a metal cut with bath salt. Rather than sell it to a recycler, as rich slag always is, it sends the lot to the Baotou disposer (whose licence covers electrolysis slag) for landfill on 07-22; the "slag" is metal that went out by the back gate.',
  expect: 'A residue far richer than residues are, and disposed of rather than recycled: product hidden as waste; the slag lot, the smelter\'s process and the disposal.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-DSP-BD-2024', { scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue', 'slag-recycling-residue', 'slag-electrolysis', 'tailings-bayan-obo'] } });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const oxide = r.separator.lot('SEP-2506-NDPR-S22');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-s22', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S22')]);
    const feed = s.lot(oxide).composition;
    const metal = scale(feed, 0.85);
    const slag = scale(feed, 0.12);
    const slagGrams = tonnes(5);
    const slagLot = r.smelter.lot('SLG-2507-01');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-s22', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-s22', at('2025-07-14'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; heavy slag this month' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-20'), 'SLG-2507-01', slagGrams, r.disposer, undefined, 'slag for landfill'),
    ]);
    w.record(r.disposer, at('2025-08-07', '11:00'), [
      s.receive(r.disposer, 'rcv-2507-slg', at('2025-07-21'), slagLot, slagGrams),
      s.dispose(r.disposer, 'dsp-2507-slg', at('2025-07-22'), slagLot, slagGrams, 'landfill', r.disposalSite),
    ]);
    return { world: w, find: { lots: [slagLot], events: [r.smelter.event('met-2507-s22'), r.disposer.event('dsp-2507-slg')], parties: [r.smelter.id] } };
  },
});
