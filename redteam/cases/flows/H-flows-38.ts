// Estimates (not in shared/DOMAIN.md): AB5 at 33 % rare earths and NiMH packs at about 8.6 % (the catalogue's); 95 % recovery and 0.3 t of residue a tonne at the recycler.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mischmetalTo } from '../../lib/round20.ts';
import { ab5Output, changshaWorks } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-flows-38',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'AB5 alloy exported to a Japanese cell maker; seven weeks later the Ganzhou recycler imports Japanese spent NiMH batteries',
  does: 'A Changsha hydrogen-storage alloy works melts 18 t of Baotou La–Ce mischmetal into about 54 t of AB5 powder on 2025-07-20 and exports it to a Japanese NiMH cell maker on 07-25. On 09-10 the Ganzhou recycler imports 120 t of spent hybrid-car NiMH modules from a Japanese battery collector: whole packs at about 8.6 % rare earths, with the praseodymium and neodymium of Japanese mischmetal. It leaches them on 09-16 into La–Ce oxide and NdPr oxide at 95 %; the residue goes to the licensed store (09-22), the nickel to a nickel refiner.',
  expect: 'Nothing: alloy out and batteries in are different goods, months apart, at their own grades; end-of-life packs coming home for recycling are the loop the law encourages.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.recycler, { roles: ['recycler', 'importer'] });
    const works = changshaWorks(ctx);
    const misch = mischmetalTo(ctx, works.party);
    const out = ab5Output([s.share(misch.lot, misch.grams)], 'AB5-2507-01');
    w.record(works.party, at('2025-08-08', '10:00'), [
      misch.receipt,
      s.process(works.party, 'ab5-2507-01', at('2025-07-20'), [{ lot: misch.lot, massGrams: misch.grams }], [out], { facility: works.plant, note: 'vacuum induction melting with Ni, Co, Mn, Al; strip casting, hydriding, milling' }),
      s.export(works.party, 'exp-2507-jp', at('2025-07-25'), 'AB5-2507-01', out.massGrams, 'JP', { customsDeclaration: '430120250725001872', note: 'AB5 hydrogen-storage alloy powder, HS 7504.00' }),
    ]);
    const scrapGrams = tonnes(120);
    const imp = s.import(r.recycler, 'imp-2509-jp', at('2025-09-10'), { id: 'NIMH-2509-JP', product: 'eol-nimh-battery', massGrams: scrapGrams }, 'JP', '530120250910001166');
    const held = s.lot(r.recycler.lot('NIMH-2509-JP')).composition;
    const recovered = scale(held, 0.95);
    const lace = pick(recovered, ['La', 'Ce']);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = Math.round(scrapGrams * 0.3);
    w.record(r.recycler, at('2025-10-06', '10:00'), [
      imp,
      s.process(r.recycler, 'rec-2509-01', at('2025-09-16'), [{ lot: 'NIMH-2509-JP', massGrams: scrapGrams }], [
        { id: 'RN-2509-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'RN-2509-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RN-2509-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, recovered) },
      ], { facility: r.recyclingPlant, note: 'modules dismantled, electrode material leached in H2SO4, rare earths precipitated as double sulphate, converted and calcined; nickel and cobalt to a nickel refiner' }),
      s.ship(r.recycler, 'shp-2509-res', at('2025-09-22'), 'RN-2509-RES', residueGrams, r.disposer, undefined, 'covered trucks'),
    ]);
    receiveAndDispose(ctx, '2025-09', r.recycler.lot('RN-2509-RES'), residueGrams, '2509r');
    return { world: w, find: {} };
  },
});
