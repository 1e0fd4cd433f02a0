import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, tonnes } from '../../lib/chem.ts';
import { juneWorld, local, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-flows-86',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide exported to Malaysia comes back twelve days later as "NdFeB off-cuts" holding the very grams of Pr and Nd that left, and is recycled into "recycled" oxide',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and exports it on 07-08 to a Port Klang trading company. On 07-20 the Ganzhou recycler imports from the same port 58.1 t of "NdFeB off-cuts and rejects" at 29 % rare earths, declared as magnet scrap of Malaysian magnet plants: their Pr and Nd are, to the gram, the oxide that left, with none of the dysprosium or terbium magnets carry. The drums held the oxide mixed with iron scale. The recycler leaches the lot on 07-25 and books "recycled" NdPr oxide, outside the separation quota; its leach residue goes to the licensed store.',
  expect: 'A round trip abroad that turns mined oxide into recycled oxide: the export and the scrap import, the imported lot, the recycler\'s campaign.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery in the recycler's leach; 0.7 t of leach residue per t of scrap.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const oxideGrams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr, oxideGrams, r.exporter, `${ndpr}-S2`)]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    const carried = { ...s.share(oxide, oxideGrams) };
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, oxideGrams),
      s.export(r.exporter, 'exp-2507-my', at('2025-07-08'), oxide, oxideGrams, 'MY', { customsDeclaration: '220120250708004471', note: 'FOB Shanghai to Port Klang' }),
    ]);
    const scrapGrams = massAtShare(carried, 0.29);
    const imp = s.import(r.recycler, 'imp-2507-my', at('2025-07-20'), { id: 'IM-2507-01', product: 'scrap-ndfeb-solid', massGrams: scrapGrams, composition: carried }, 'MY', '530320250720001938');
    const { outputs, residue } = recycleOutputs(carried, scrapGrams, 'RI-2507');
    w.record(r.recycler, at('2025-08-06', '11:00'), [
      imp,
      s.process(r.recycler, 'rec-2507-my', at('2025-07-25'), [{ lot: 'IM-2507-01', massGrams: scrapGrams }], outputs, { facility: r.recyclingPlant, note: 'imported off-cuts: oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-27'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-28'), at('2025-07-29'), at('2025-08-07', '11:00'));
    return {
      world: w,
      find: { events: [r.recycler.event('imp-2507-my'), r.exporter.event('exp-2507-my'), r.recycler.event('rec-2507-my')], lots: [r.recycler.lot('IM-2507-01'), oxide] },
    };
  },
});
