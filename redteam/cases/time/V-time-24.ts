// Estimates (not in shared/DOMAIN.md): the catalogue's end-of-life NdFeB magnet grade (30 % rare earths); 95 % recovery and 0.7 t of leach residue a tonne (the library's).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { chongqing, filed, landfills, leachMagnetScrap, leachResidueGrams } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-time-24',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Chongqing recycler\'s September report carries a "forgotten" collection of 40 t of traction-motor magnets dated 20 November 2024',
  does: 'A licensed Chongqing recycler reported November 2024 on 2024-12-06 with one collection, 30 t of grinding swarf. In September 2025 it needs feed to cover NdPr and dysprosium oxide it has promised the Baotou smelter. Its September report, filed on 2025-10-06, carries a collection of 40 t of traction-motor rotor magnets dated 2024-11-20, "delivered by a Chongqing EV dismantler last November and left unbooked in the yard", a leach of them on 2025-09-10 and a sale of 12 t of NdPr oxide to the smelter on 09-15. No dismantler delivered them; the magnets are the cover for oxide bought from an unlicensed workshop.',
  expect: 'A collection entered ten months after its date, long past its month\'s deadline and the report that should have held it, feeding a current campaign: the collection, its lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const cq = chongqing(ctx);
    const swarfGrams = tonnes(30);
    const nov = s.collect(cq.party, 'col-2411-sw', at('2024-11-05'), { id: 'SW-2411-01', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams },
      { name: '重庆璧山磁材有限公司 (Chongqing Bishan Magnetics Co.)', id: outsideCode('r25-cq-bishan', '500000') }, cq.plant);
    const novLeach = leachMagnetScrap(ctx, cq, '2411', 'SW-2411-01', swarfGrams, at('2024-11-18'), leachResidueGrams(swarfGrams));
    w.record(cq.party, filed('2024-12-06'), [
      nov,
      novLeach.event,
      s.ship(cq.party, 'shp-2411-res', at('2024-11-22'), novLeach.residue, novLeach.residueGrams, cq.landfill, undefined, 'covered trucks'),
    ]);
    landfills(ctx, cq, '2411', cq.party.lot(novLeach.residue), novLeach.residueGrams, at('2024-11-23'), at('2024-11-24'), filed('2024-12-07'));
    const magnetGrams = tonnes(40);
    const late = s.collect(cq.party, 'col-2411-mag', at('2024-11-20'), { id: 'MAG-2411-01', product: 'eol-ndfeb-magnets', massGrams: magnetGrams },
      { name: '重庆两江新能源汽车拆解有限公司 (Chongqing Liangjiang EV Dismantling Co.)', id: outsideCode('r25-cq-evdis', '500000') }, cq.plant);
    const leach = leachMagnetScrap(ctx, cq, '2509', 'MAG-2411-01', magnetGrams, at('2025-09-10'), leachResidueGrams(magnetGrams));
    w.record(cq.party, filed('2025-10-06'), [
      late,
      leach.event,
      s.ship(cq.party, 'shp-2509-ndpr', at('2025-09-15'), leach.ndpr, tonnes(12), r.smelter, `${leach.ndpr}-BT`, 'recycled PrNd oxide, 1 t bags, rail to Baotou'),
      s.ship(cq.party, 'shp-2509-res', at('2025-09-20'), leach.residue, leach.residueGrams, cq.landfill, undefined, 'covered trucks'),
    ]);
    landfills(ctx, cq, '2509', cq.party.lot(leach.residue), leach.residueGrams, at('2025-09-21'), at('2025-09-22'), filed('2025-10-07'));
    w.record(r.smelter, filed('2025-10-07', '11:00'), [s.receive(r.smelter, 'rcv-2509-cq', at('2025-09-18'), cq.party.lot(`${leach.ndpr}-BT`), tonnes(12))]);
    return {
      world: w,
      find: { parties: [cq.party.id], lots: [cq.party.lot('MAG-2411-01')], events: [cq.party.event('col-2411-mag')] },
    };
  },
});
