import { defineCase } from '../../lib/case.ts';
import { add, at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver, residueMix, separationLots } from '../../lib/round14.ts';

export default defineCase({
  id: 'V-flows-93',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Xunwu clay concentrate trucked 90 km to the Ganzhou recycler and run through its swarf line "to keep the tanks full"',
  does: 'The Xunwu ion-adsorption miner leaches 40 t of light concentrate on 2025-07-03 and, instead of sending it to its group\'s Longnan separator, ships it whole on 07-08 to the Ganzhou swarf recycler, which pays above the group\'s transfer price. The recycler receives it on 07-09 and on 07-16 feeds it, with 100 t of NdFeB swarf collected on 07-04, into one leach-and-extraction campaign, selling the oxides as recycled. Every document names the concentrate as what it is and everyone reports on time.',
  expect: 'A mineral product (ionic concentrate) bought and processed by a recycling enterprise, which the quota notices forbid: the shipment, the concentrate lot, the recycler\'s campaign and the recycler.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 95 % recovery of the mixed campaign; 80 t of leach residue.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const concGrams = tonnes(40);
    w.record(m, at('2025-08-05', '10:00'), [
      s.extract(m, 'ext-2507-01', at('2025-07-03'), south.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: concGrams }),
      s.ship(m, 'shp-2507-rec', at('2025-07-08'), 'IC-2507-01', concGrams, r.recycler, undefined, 'two 20 t trucks to Ganzhou'),
    ]);
    const conc = m.lot('IC-2507-01');
    const swarfGrams = tonnes(100);
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-04'), { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams }, { name: '宁波镇海恒达磁材加工厂', id: 'supplier-zhenhai-0231' }, r.recyclingPlant);
    const feed = add(s.lot(r.recycler.lot('SW-2507-01')).composition, s.lot(conc).composition);
    const recovered = scale(feed, 0.95);
    const residueGrams = tonnes(80);
    const lots = separationLots(recovered, 'RC-2507', { product: 'slag-recycling-residue', massGrams: residueGrams, composition: residueMix('slag-recycling-residue', residueGrams, leftOver(feed, recovered)) });
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.receive(r.recycler, 'rcv-2507-ic', at('2025-07-09'), conc, concGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: 'SW-2507-01', massGrams: swarfGrams }, { lot: conc, massGrams: concGrams }], lots.outputs, { facility: r.recyclingPlant, note: 'HCl leach and solvent extraction, swarf and mixed feed in one campaign' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-20'), 'RC-2507-RES', residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-rres', at('2025-07-22'), r.recycler.lot('RC-2507-RES'), residueGrams),
      s.dispose(r.disposer, 'dsp-2507-rres', at('2025-07-23'), r.recycler.lot('RC-2507-RES'), residueGrams, 'landfill', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [m.event('shp-2507-rec'), r.recycler.event('rcv-2507-ic'), r.recycler.event('rec-2507-01')], lots: [conc], parties: [r.recycler.id] },
    };
  },
});
