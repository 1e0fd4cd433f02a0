// Estimates (not in shared/DOMAIN.md): the catalogue's SmCo scrap grade (25 % Sm); 97 % of the samarium recovered as oxide, 2 % left in a cobalt-depleted leach residue (0.7 t a tonne of scrap, the library's estimate), 1 % lost.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { chongqing, filed, landfills, leachResidueGrams } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-licences-24',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Chongqing recycler whose licence names SmCo scrap among its feeds recovers samarium oxide from a Mianyang magnet works\' grinding scrap',
  does: 'A Chongqing recycler licensed for comprehensive utilisation of end-of-life motors, NdFeB scrap and SmCo scrap (its licence lists each feed) collects 20 t of SmCo grinding and machining scrap from a Mianyang (Sichuan) samarium–cobalt magnet works on 2025-07-04. On 07-16 it leaches it: the cobalt goes to a cobalt sulphate circuit, 97 % of the samarium to 5.7 t of Sm2O3, 2 % stays in 14 t of leach residue sent to the licensed Chongqing landfill on 07-22. On 07-28 it sells 5 t of the samarium oxide to the Baotou smelter.',
  expect: 'Nothing: a licensed recycler working a feed its licence names, its samarium balanced and its residue landfilled under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const cq = chongqing(ctx, ['eol-motor', 'eol-ndfeb-magnets', 'scrap-ndfeb-swarf', 'scrap-ndfeb-solid', 'scrap-smco']);
    const scrapGrams = tonnes(20);
    const collect = s.collect(cq.party, 'col-2507-smco', at('2025-07-04'), { id: 'SMC-2507-01', product: 'scrap-smco', massGrams: scrapGrams },
      { name: '绵阳西磁钐钴科技有限公司 (Mianyang Xici Samarium–Cobalt Technology Co.)', id: outsideCode('r25-my-smco', '510000') }, cq.plant);
    const held = s.lot(cq.party.lot('SMC-2507-01')).composition;
    const sm = scale(held, 0.97);
    const left = scale(held, 0.02);
    const smGrams = oxideMass(sm);
    const residueGrams = leachResidueGrams(scrapGrams);
    w.record(cq.party, filed('2025-08-06'), [
      collect,
      s.process(cq.party, 'rec-2507-smco', at('2025-07-16'), [{ lot: 'SMC-2507-01', massGrams: scrapGrams }], [
        { id: 'CQ-2507-SM', product: 'oxide-sm', massGrams: smGrams, composition: sm },
        { id: 'CQ-2507-SMRES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: left },
      ], { facility: cq.plant, note: 'SmCo scrap oxidised, sulphuric acid leach, samarium precipitated as double sulphate and converted to oxalate, calcined; cobalt to the sulphate circuit; about 1 % of the samarium lost' }),
      s.ship(cq.party, 'shp-2507-smres', at('2025-07-22'), 'CQ-2507-SMRES', residueGrams, cq.landfill, undefined, 'covered trucks'),
      s.ship(cq.party, 'shp-2507-sm', at('2025-07-28'), 'CQ-2507-SM', tonnes(5), r.smelter, 'CQ-2507-SM-S1', 'Sm2O3 99.5 %, 25 kg drums'),
    ]);
    landfills(ctx, cq, '2507-sm', cq.party.lot('CQ-2507-SMRES'), residueGrams, at('2025-07-23'), at('2025-07-24'), filed('2025-08-07'));
    w.record(r.smelter, filed('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-cqsm', at('2025-07-31'), cq.party.lot('CQ-2507-SM-S1'), tonnes(5))]);
    return { world: w, find: {} };
  },
});
