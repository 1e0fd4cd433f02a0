// Estimates (not in shared/DOMAIN.md): residue of roasting and leaching bastnaesite, 0.45 t a tonne
// (chain.ts); clay concentrate separated at 96 % (the ionic norm is > 94 %). Allocations are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changshu, cutsOf, firm, lightCuts, on, roastResidue, sichuan } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-licences-35',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Changshu separator whose allocation is not tied to an ore type separates Myanmar clay concentrate and Dechang bastnaesite in the same month',
  does: 'The Changshu separator of the Jiangnan group holds a separation licence for 3,500 t REO a year and a 2,500 t REO separation allocation for 2025 that names no ore type (MIIT\'s separation quotas are not split by ore). In July 2025 it imports 200 t of Myanmar high-yttrium clay concentrate (07-03) and separates it into single oxides on 07-12, and it buys 400 t of bastnaesite concentrate from the Dalucao mine in Dechang (shipped 07-08, received 07-16), which it roasts and separates on 07-20, its roasting residue going by rail to the licensed Lianyungang store (shipped 07-23, received 07-25, placed 07-27). The two feeds come to some 384 t REO. Everyone reports July by the 7th of August.',
  expect: 'Nothing: an allocation for separation of any ore covers ionic and rock feeds alike, and both campaigns are inside it and inside the licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const cs = changshu(ctx);
    const sc = sichuan(ctx);
    const store = firm(ctx, 'r23-lyg-store', ['disposer'], '连云港放射性废渣贮存有限公司', 'Lianyungang Radioactive Residue Storage Co.', '320700');
    const storeLicence = w.licence({ id: 'RT23-DSP-LYG', party: store.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2027-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
    const storeSite = w.facility({ id: 'site-r23-lyg-store', party: store.id, kind: 'disposal-site', nameZh: '连云港放射性废渣库', nameEn: 'Lianyungang radioactive residue store', region: '320700', licence: storeLicence });
    const clayGrams = tonnes(200);
    const clay = { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: clayGrams };
    const importEvent = s.import(cs.separator, 'imp-2507-01', at('2025-07-03', '11:00'), clay, 'MM', '530620250700031944');
    const clayOut = cutsOf(scale(s.lot(cs.separator.lot(clay.id)).composition, 0.96), 'CS-2507A');
    const bastGrams = tonnes(400);
    w.record(sc.miner, on('2025-08-05'), [
      s.extract(sc.miner, 'ext-2507-01', at('2025-07-04'), sc.mine, { id: 'DLC-2507-01', product: 'concentrate-mianning', massGrams: tonnes(500) }),
      s.ship(sc.miner, 'shp-2507-01', at('2025-07-08'), 'DLC-2507-01', bastGrams, cs.separator, 'DLC-2507-01-S1', 'rail wagons Xichang–Changshu'),
    ]);
    const bast = sc.miner.lot('DLC-2507-01-S1');
    const held = s.lot(bast).composition;
    const bastOut = lightCuts(held, 'CS-2507B', 0.95);
    const residue = roastResidue('CS-2507B-RES', bastGrams, subtract(held, scale(held, 0.95)));
    w.record(cs.separator, on('2025-08-06'), [
      importEvent,
      s.process(cs.separator, 'sep-2507-a', at('2025-07-12'), [{ lot: clay.id, massGrams: clayGrams }], clayOut.outputs, { facility: cs.plant, note: 'Myanmar clay concentrate, declared to the group as imported ore; P507 cascade' }),
      s.receive(cs.separator, 'rcv-2507-01', at('2025-07-16', '09:00'), bast, bastGrams),
      s.process(cs.separator, 'sep-2507-b', at('2025-07-20'), [{ lot: bast, massGrams: bastGrams }], [...bastOut.outputs, residue], { facility: cs.plant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction' }),
      s.ship(cs.separator, 'shp-2507-res', at('2025-07-23'), residue.id, residue.massGrams, store, undefined, 'sealed residue wagons'),
    ]);
    w.record(store, on('2025-08-07'), [
      s.receive(store, 'rcv-2507-res', at('2025-07-25'), cs.separator.lot(residue.id), residue.massGrams),
      s.dispose(store, 'dsp-2507-res', at('2025-07-27'), cs.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', storeSite),
    ]);
    return { world: w, find: {} };
  },
});
