// Estimates (not in shared/DOMAIN.md): AB5 at 33 % rare earths (the catalogue's); NiMH packs hold about 8.6 % rare earths (the catalogue's); 95 % recovery and 0.3 t of residue a tonne at the recycler.
import type { Composition } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mischmetalTo } from '../../lib/round20.ts';
import { ab5Output, changshaWorks, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-flows-36',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'AB5 alloy exported to Hong Kong comes back twelve days later as "spent NiMH batteries", is recycled and returns to its maker as mischmetal',
  does: 'A Changsha hydrogen-storage alloy works melts 18 t of Baotou La–Ce mischmetal into about 54 t of AB5 powder (2025-07-20) and exports it all to a Hong Kong trading company on 07-25, claiming the export VAT rebate. On 08-06 the Ganzhou recycler imports from Hong Kong 54 t of "spent NiMH battery material" holding, gram for gram, the lanthanum and cerium of the AB5 lot (33 % rare earths; whole battery packs hold under 9 %). It leaches it on 08-14 into La–Ce oxide, claiming the comprehensive-utilisation VAT refund, and sells 20 t of the La–Ce oxide to the Baotou smelter, whose new mischmetal goes back to the Changsha works on 08-29. The powder never left the bonded warehouse in Hong Kong but to be relabelled.',
  expect: 'The same rare earths out of the country as alloy and back in as scrap within a fortnight, recycled and returned to the maker: the export, the import, the imported lot and the recycler\'s campaign.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.recycler, { roles: ['recycler', 'importer'] });
    const works = changshaWorks(ctx);
    const misch = mischmetalTo(ctx, works.party);
    const out = ab5Output([s.share(misch.lot, misch.grams)], 'AB5-2507-01');
    const ab5Composition: Composition = { ...out.composition! };
    w.record(works.party, at('2025-08-08', '10:00'), [
      misch.receipt,
      s.process(works.party, 'ab5-2507-01', at('2025-07-20'), [{ lot: misch.lot, massGrams: misch.grams }], [out], { facility: works.plant, note: 'vacuum induction melting with Ni, Co, Mn, Al; strip casting, hydriding, milling' }),
      s.export(works.party, 'exp-2507-hk', at('2025-07-25'), 'AB5-2507-01', out.massGrams, 'HK', { customsDeclaration: '430120250725001872', note: 'AB5 hydrogen-storage alloy powder, HS 7504.00, export VAT rebate claimed' }),
    ]);
    const scrapGrams = out.massGrams;
    const imp = s.import(r.recycler, 'imp-2508-hk', at('2025-08-06'), { id: 'NIMH-2508-HK', product: 'eol-nimh-battery', massGrams: scrapGrams, composition: ab5Composition }, 'HK', '530120250806000744');
    const held = s.lot(r.recycler.lot('NIMH-2508-HK')).composition;
    const recovered = scale(held, 0.95);
    const lace = pick(recovered, ['La', 'Ce']);
    const residueGrams = Math.round(scrapGrams * 0.3);
    const process = s.process(r.recycler, 'rec-2508-01', at('2025-08-14'), [{ lot: 'NIMH-2508-HK', massGrams: scrapGrams }], [
      { id: 'RN-2508-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
      { id: 'RN-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, recovered) },
    ], { facility: r.recyclingPlant, note: 'NiMH electrode material leached in H2SO4, rare earths precipitated as double sulphate, converted and calcined; nickel and cobalt to a nickel refiner' });
    const laceShip = sell24(ctx, r.recycler, r.smelter, {
      lot: r.recycler.lot('RN-2508-LACE'), grams: tonnes(20), tag: 'BT1', shipAt: at('2025-08-22'), receiveAt: at('2025-08-24'),
      sellerRecordsAt: at('2025-09-05', '10:00'), buyerRecordsAt: at('2025-09-06', '10:00'),
      sellerBefore: [imp, process, s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), 'RN-2508-RES', residueGrams, r.disposer, undefined, 'covered trucks')],
    });
    receiveAndDispose(ctx, '2025-08', r.recycler.lot('RN-2508-RES'), residueGrams, '2508r');
    const metal = scale(s.share(laceShip, tonnes(20)), 0.97);
    sell24(ctx, r.smelter, works.party, {
      lot: r.smelter.lot('MM-2508-01'), grams: tonnes(15), tag: 'CS2', shipAt: at('2025-08-29'), receiveAt: at('2025-08-31'),
      sellerRecordsAt: at('2025-09-06', '11:00'), buyerRecordsAt: at('2025-09-08', '10:00'),
      sellerBefore: [s.process(r.smelter, 'met-2508-mm', at('2025-08-26'), [{ lot: laceShip, massGrams: tonnes(20) }], [{ id: 'MM-2508-01', product: 'metal-mischmetal-lace', massGrams: metalMass(metal), composition: metal }], { facility: r.metalPlant, note: 'La–Ce mischmetal by electrolysis' })],
    });
    return {
      world: w,
      find: {
        lots: [works.party.lot('AB5-2507-01'), r.recycler.lot('NIMH-2508-HK')],
        events: [works.party.event('exp-2507-hk'), r.recycler.event('imp-2508-hk'), r.recycler.event('rec-2508-01')],
      },
    };
  },
});
