import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { catalystWorks } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-identity-54',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Scandium oxide blended into "FCC cracking catalyst" at 16 % scandium and exported to Singapore without a licence',
  does: 'The Beijing trader imports 0.5 t of Sc2O3 from the Philippines on 2025-07-03 and sells it to a Zibo catalyst works. The works books a "fluid catalytic cracking catalyst" campaign that turns the whole 0.5 t into 2 t of catalyst (the oxide cut with kaolin), and sells it to the Shanghai trading house, which exports it to Singapore on 07-29 as refinery catalyst, without a licence. FCC catalysts carry a few per cent of lanthanum and cerium and no scandium; this one is 16 % scandium. Scandium oxide and compounds have needed a dual-use licence since 2025-04-04; the Singapore buyer is an agent for a fuel-cell maker abroad.',
  expect: 'A catalyst whose composition is a controlled scandium compound, exported without a licence: the export, the catalyst lot and the campaign that made it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.trader, { roles: ['trader', 'importer'] });
    const works = catalystWorks(ctx);
    const scGrams = tonnes(0.5);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.import(r.trader, 'imp-2507-sc', at('2025-07-03'), { id: 'SC-PH-2507', product: 'oxide-sc', massGrams: scGrams, composition: typical('oxide-sc', scGrams) }, 'PH', '2201250703001942'),
      s.ship(r.trader, 'shp-2507-sc', at('2025-07-07'), 'SC-PH-2507', scGrams, works.party),
    ]);
    const sc = r.trader.lot('SC-PH-2507');
    const catGrams = tonnes(2);
    w.record(works.party, at('2025-08-07', '10:00'), [
      s.receive(works.party, 'rcv-2507-sc', at('2025-07-09'), sc, scGrams),
      s.process(works.party, 'cat-2507-01', at('2025-07-15'), [{ lot: sc, massGrams: scGrams }], [{ id: 'FCC-2507-01', product: 'catalyst-fcc', massGrams: catGrams, composition: s.share(sc, scGrams) }], { facility: works.plant, note: 'FCC catalyst, spray-dried on kaolin' }),
      s.ship(works.party, 'shp-2507-fcc', at('2025-07-22'), 'FCC-2507-01', catGrams, r.exporter),
    ]);
    const lot = works.party.lot('FCC-2507-01');
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-fcc', at('2025-07-24'), lot, catGrams),
      s.export(r.exporter, 'exp-2507-fcc', at('2025-07-29'), lot, catGrams, 'SG', { customsDeclaration: '2201250729004471' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2507-fcc'), works.party.event('cat-2507-01')], lots: [lot] },
    };
  },
});
