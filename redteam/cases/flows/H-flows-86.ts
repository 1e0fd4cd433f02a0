import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, local, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-flows-86',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide exported to a Malaysian magnet plant; twelve days later the recycler imports grinding sludge from that plant',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and exports it on 07-08 to a Japanese-owned magnet plant in Johor, a licence-free export. On 07-20 the Ganzhou recycler imports 30 t of NdFeB grinding sludge from the same Johor plant under an import declaration with the plant\'s assay certificate, at a sludge\'s usual 24 % rare earths with its dysprosium and terbium, leaches it on 07-25 and sends the leach residue to the licensed store.',
  expect: 'Nothing: a licence-free export and a genuine scrap import from the same buyer; the scrap carries a sludge\'s grade and mix, not the oxide that left.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery in the recycler's leach; 0.7 t of leach residue per t of sludge.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const oxideGrams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr, oxideGrams, r.exporter, `${ndpr}-S2`)]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, oxideGrams),
      s.export(r.exporter, 'exp-2507-my', at('2025-07-08'), oxide, oxideGrams, 'MY', { customsDeclaration: '220120250708004471', note: 'CIF Pasir Gudang, Johor magnet plant' }),
    ]);
    const scrapGrams = tonnes(30);
    const imp = s.import(r.recycler, 'imp-2507-my', at('2025-07-20'), { id: 'IM-2507-01', product: 'scrap-ndfeb-swarf', massGrams: scrapGrams }, 'MY', '530320250720001938');
    const held = { ...s.lot(r.recycler.lot('IM-2507-01')).composition };
    const { outputs, residue } = recycleOutputs(held, scrapGrams, 'RI-2507');
    w.record(r.recycler, at('2025-08-06', '11:00'), [
      imp,
      s.process(r.recycler, 'rec-2507-my', at('2025-07-25'), [{ lot: 'IM-2507-01', massGrams: scrapGrams }], outputs, { facility: r.recyclingPlant, note: 'imported grinding sludge: oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-27'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-28'), at('2025-07-29'), at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
