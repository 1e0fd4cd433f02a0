// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): 95 % of the rare earths to
// metal, 2.5 % to fluoride slag at 33 % rare earths; the recycler leaches the slag at 97.5 %, its leach
// residue (calcium and lithium fluorides and gypsum, 1.2 t per t of slag) holding the rest.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on, residueHolding, sale } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-residues-17',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Hohhot metal smelter sells its 2.6 t of electrolysis slag to the licensed Ganzhou recycler rather than to a disposer',
  does: 'A Hohhot metal smelter of the Northern group reduces 40 t of NdPr oxide bought from the Baotou separator (received 2025-07-03) on 07-15: 95 % of the rare earths to metal, 2.5 % to 2.6 t of fluoride electrolysis slag. The slag, a third rare earths and not radioactive, goes not to a disposer but to the licensed Ganzhou recycler (shipped 07-22, received 07-24), which leaches it on 07-30 into NdPr oxide and keeps its small leach residue for its next landfill shipment. The smelter reports July on 08-07, the recycler on 08-08.',
  expect: 'Nothing: electrolysis slag is a recycling feed, and it went to a licensed recycler that recovered it; no residue left the books.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const oxideGrams = tonnes(40);
    const oxide = sale(ctx, r.separator, hh.party, {
      lot: r.separator.lot('SEP-2506-NDPR'), grams: oxideGrams, tag: 'r28-hh', shipAt: at('2025-07-02'), receiveAt: at('2025-07-03', '09:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'NdPr oxide in 1 t bags, by road to Hohhot',
    });
    const run = electrolysis(ctx, hh, 'met-2507-01', at('2025-07-15'), oxide, oxideGrams, 'HH-2507-01', { intoMetal: 0.95, intoSlag: 0.025 });
    const slag = run.slag!;
    w.record(hh.party, on('2025-08-07'), [
      run.event,
      s.ship(hh.party, 'shp-2507-slag', at('2025-07-22'), slag.id, slag.massGrams, r.recycler, undefined, 'slag in bags, by road to Ganzhou'),
    ]);
    const lot = hh.party.lot(slag.id);
    const feed = { ...slag.composition! };
    const recovered = scale(feed, 0.975);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    w.record(r.recycler, on('2025-08-08'), [
      s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-24'), lot, slag.massGrams),
      s.process(r.recycler, 'rec-2507-slag', at('2025-07-30'), [{ lot, massGrams: slag.massGrams }], [
        { id: 'GZ-2507-SL-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        residueHolding('GZ-2507-SL-RES', 'slag-recycling-residue', Math.round(slag.massGrams * 1.2), subtract(feed, recovered)),
      ], { facility: r.recyclingPlant, note: 'fluoride slag: sulfuric acid roast, water leach, oxalate precipitation, calcining' }),
    ]);
    return { world: w, find: {} };
  },
});
