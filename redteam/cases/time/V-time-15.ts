// Estimates (not in shared/DOMAIN.md): swarf at the catalogue's 23.6 % rare earths; 95 % recovered;
// leach residue 0.9 t per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, outsideCode, shangrao, yingtan } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-time-15',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Shangrao landfill books the receipt and burial of a recycler\'s leach residue four days before the recycler shipped it',
  does: 'A Yingtan (Jiangxi) recycler leaches 60 t of NdFeB swarf on 2025-07-12 and ships its 54 t of leach residue on 07-24, as its July report (08-05) says. The Shangrao landfill, paid per tonne by the recycler under a yearly contract, fills in its own July report (08-07) from the contract\'s monthly schedule: residue received 07-20 and landfilled 07-21. The trucks never came to Shangrao; the cake was tipped into a disused clay pit at Yujiang. The landfill\'s receipt and burial are dated before the residue left the plant.',
  expect: 'A disposer\'s receipt and disposal dated before the shipment they answer: paper disposal. The receipt, the disposal, the residue lot and the landfill.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yt = yingtan(ctx);
    const lf = shangrao(ctx);
    const grams = tonnes(60);
    const swarf = typical('scrap-ndfeb-swarf', grams);
    const collect = s.collect(yt.party, 'col-2507-sw', at('2025-07-03'), { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: swarf },
      { name: '天津西青磁材加工厂 (Tianjin Xiqing Magnet Machining Works)', id: outsideCode('r27-tj-workshop', '120000') }, yt.plant);
    const ndpr = scale(pick(swarf, ['Pr', 'Nd']), 0.95);
    const heavy = scale(pick(swarf, ['Dy', 'Tb']), 0.95);
    const residueGrams = tonnes(54);
    const residue = subtract(subtract(swarf, ndpr), heavy);
    w.record(yt.party, on('2025-08-05'), [
      collect,
      s.process(yt.party, 'rec-2507-sw', at('2025-07-12'), [{ lot: 'SW-2507-01', massGrams: grams }], [
        { id: 'YT-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'YT-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'YT-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: yt.plant, note: 'oxidising roast, HCl leach, iron removal as hydroxide, solvent extraction' }),
      s.ship(yt.party, 'shp-2507-res', at('2025-07-24'), 'YT-2507-RES', residueGrams, lf.party, undefined, 'covered tippers to Shangrao'),
    ]);
    const res = yt.party.lot('YT-2507-RES');
    w.record(lf.party, on('2025-08-07'), [
      s.receive(lf.party, 'rcv-2507-yt', at('2025-07-20'), res, residueGrams),
      s.dispose(lf.party, 'dsp-2507-yt', at('2025-07-21'), res, residueGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: { parties: [lf.party.id], lots: [res], events: [lf.party.event('rcv-2507-yt'), lf.party.event('dsp-2507-yt')] },
    };
  },
});
