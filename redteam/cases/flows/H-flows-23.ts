// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay concentrate; 96 % cascade recovery (heavy.ts); 97 % oxide → metal; 78 % / 20 % of the rare earths to magnets / swarf (magnets.ts); 95 % recovery from swarf and 0.7 t of leach residue a tonne (the library's).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cenxiJuly, chongqing, filed, landfills, leachMagnetScrap, taiyuan, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-flows-23',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr from Cenxi clay goes round five provinces in seven weeks and comes back to the Baotou smelter as recycled oxide',
  does: 'The Wuzhou separator cuts 160 t of Cenxi clay concentrate on 2025-07-18 and sells 20 t of its NdPr oxide to the Baotou smelter (shipped 07-22, received 07-25), which reduces it on 07-28. The smelter ships 15 t of the metal to a Taiyuan magnet works (08-01, received 08-02), which sinters it on 08-08 and sends its grinding swarf to a licensed Chongqing recycler (08-15, received 08-18). The recycler leaches the swarf on 08-25, landfills the leach residue under licence and sells the recycled NdPr oxide back to the Baotou smelter (shipped 08-28, received 08-31). Every leg is shipped, received and reported by the party that made it.',
  expect: 'Nothing: a trade loop in which part of the material returns to a party that held it, transformed at every step and in the right proportions, each transfer recorded on both sides.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const tw = taiyuan(ctx);
    const cq = chongqing(ctx);
    const oxideGrams = tonnes(20);
    let oxide = '';
    cenxiJuly(ctx, xj, 160, (lots) => {
      const local = lots['oxide-ndpr']!.split(':')[1]!;
      oxide = xj.wuzhou.lot(`${local}-BT`);
      return [s.ship(xj.wuzhou, 'shp-2507-ndpr-bt', at('2025-07-22'), local, oxideGrams, r.smelter, `${local}-BT`, 'PrNd oxide 99 %, 1 t bags, rail to Baotou')];
    });
    const metal = smelt(s.share(oxide, oxideGrams), 'MET-2507-WZ', 'metal-ndpr');
    w.record(r.smelter, filed('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr-wz', at('2025-07-25'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-wz', at('2025-07-28'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
    ]);
    const metalGrams = tonnes(15);
    w.record(r.smelter, filed('2025-09-02'), [s.ship(r.smelter, 'shp-2508-met-ty', at('2025-08-01'), metal.id, metalGrams, tw.party, `${metal.id}-TY`, 'argon-filled drums, by road to Taiyuan')]);
    const metalLot = r.smelter.lot(`${metal.id}-TY`);
    const feed = s.share(metalLot, metalGrams);
    const magnets = scale(feed, 0.78);
    const swarf = scale(feed, 0.2);
    const swarfGrams = massAtShare(swarf, 0.22);
    w.record(tw.party, filed('2025-09-03'), [
      s.receive(tw.party, 'rcv-2508-met', at('2025-08-02'), metalLot, metalGrams),
      s.process(tw.party, 'sin-2508-01', at('2025-08-08'), [{ lot: metalLot, massGrams: metalGrams }], [
        { id: 'TY-2508-MAG', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets },
        { id: 'TY-2508-SW', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams, composition: swarf },
      ], { facility: tw.plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering, grinding' }),
      s.ship(tw.party, 'shp-2508-sw', at('2025-08-15'), 'TY-2508-SW', swarfGrams, cq.party, undefined, 'sealed drums of oily swarf, by road to Chongqing'),
    ]);
    const swarfLot = tw.party.lot('TY-2508-SW');
    const residueGrams = Math.round(swarfGrams * 0.7);
    const leach = leachMagnetScrap(ctx, cq, '2508', swarfLot, swarfGrams, at('2025-08-25'), residueGrams);
    w.record(cq.party, filed('2025-09-05'), [
      s.receive(cq.party, 'rcv-2508-sw', at('2025-08-18'), swarfLot, swarfGrams),
      leach.event,
      s.ship(cq.party, 'shp-2508-res', at('2025-08-26'), leach.residue, residueGrams, cq.landfill, undefined, 'covered trucks'),
      s.ship(cq.party, 'shp-2508-ndpr', at('2025-08-28'), leach.ndpr, leach.ndprGrams, r.smelter, undefined, 'recycled PrNd oxide, 1 t bags, rail to Baotou'),
    ]);
    landfills(ctx, cq, '2508', cq.party.lot(leach.residue), residueGrams, at('2025-08-27'), at('2025-08-28'), filed('2025-09-06'));
    w.record(r.smelter, filed('2025-09-07'), [s.receive(r.smelter, 'rcv-2508-ndpr-cq', at('2025-08-31'), cq.party.lot(leach.ndpr), leach.ndprGrams)]);
    return { world: w, find: {} };
  },
});
