import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-51',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A recycler\'s dysprosium and terbium vanish into an NdPr oxide that holds more neodymium than its scrap',
  does: 'On 2025-07-03 the Ganzhou recycler collects 80 t of sintered NdFeB off-cuts and rejects from a Changzhou traction-motor magnet machining shop, with the shop\'s assay: 6.5 % Pr, 20.5 % Nd, 3.5 % Dy, 1 % Tb (2.8 t of dysprosium, 0.8 t of terbium). Its 07-15 campaign books 28.7 t of "NdPr oxide" and 55 t of iron-rich leach residue, and nothing else: no dysprosium or terbium product at all. To keep the campaign\'s recovery at a normal 96 %, the oxide\'s assay gives it 19.2 t of neodymium, 2.8 t more than the scrap held: the weight of the missing heavies, booked as neodymium. The Dy and Tb oxides, solvent-extracted on the same line, went for cash to a Shanghai broker who ships them to Japan without a dual-use licence. July is reported on the 8th of August.',
  expect: 'Per-element balance of one process broken while the total closes: dysprosium and terbium in, none out; neodymium out exceeds neodymium in by the same weight; the campaign, the oxide lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(80);
    const composition = { Pr: Math.round(massGrams * 0.065), Nd: Math.round(massGrams * 0.205), Dy: Math.round(massGrams * 0.035), Tb: Math.round(massGrams * 0.01) };
    const scrap = { id: 'OC-2507-CZ', product: 'scrap-ndfeb-solid', massGrams, composition };
    const collected = s.collect(r.recycler, 'col-2507-cz', at('2025-07-03'), scrap, { name: '常州武进精工磁钢加工厂' }, r.recyclingPlant);
    const oxide = {
      Pr: Math.floor(composition.Pr * 0.96),
      Nd: Math.floor((composition.Nd + composition.Dy + composition.Tb) * 0.96),
    };
    const residue = scale({ Pr: composition.Pr, Nd: composition.Nd }, 0.004);
    const campaign = s.process(r.recycler, 'rec-2507-cz', at('2025-07-15'), [{ lot: scrap.id, massGrams }], [
      { id: 'RE-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
      { id: 'RE-2507-RES', product: 'slag-recycling-residue', massGrams: Math.max(tonnes(55), massAtShare(residue, 0.005)), composition: residue },
    ], { facility: r.recyclingPlant, note: 'roasting, HCl leach, solvent extraction; NdPr oxide assay by ICP' });
    w.record(r.recycler, at('2025-08-08', '10:00'), [collected, campaign]);
    return {
      world: w,
      find: { events: [r.recycler.event('rec-2507-cz')], lots: [r.recycler.lot('RE-2507-NDPR'), r.recycler.lot(scrap.id)], parties: [r.recycler.id] },
    };
  },
});
