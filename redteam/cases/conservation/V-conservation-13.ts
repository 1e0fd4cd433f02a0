// Estimates (not in shared/DOMAIN.md): spent NiMH batteries at the catalogue's 8.6 % rare earths;
// 95 % of the La and Ce recovered; leach residue (graphite, binder, iron) 0.3 t per t of batteries.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefei, on, outsideCode, shangrao, yingtan } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-conservation-13',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Yingtan battery recycler draws two and a half times more praseodymium and neodymium out of spent NiMH batteries than the batteries held',
  does: 'A Yingtan (Jiangxi) recycler collects 400 t of spent nickel–metal hydride batteries from a Guangzhou collection company on 2025-07-03 and leaches them on 07-14. The AB5 electrodes carry mostly lanthanum and cerium (the batteries hold some 16 t La, 12 t Ce, 1.6 t Pr and 4.8 t Nd); it books 95 % of the La and Ce as lanthanum–cerium oxide, and 19 t of NdPr oxide holding 4.1 t Pr and 12.3 t Nd: two and a half times the NdPr the batteries carried. The extra NdPr oxide is clay oxide bought for cash from a private Ganzhou leach, pushed through the battery line to give it a recycled origin. Its leach residue goes to the Shangrao landfill (07-22, placed 07-24), and on 07-28 it sells 12 t of the NdPr oxide to a Hefei trading house. Everyone reports on time.',
  expect: 'A recycling campaign whose Pr and Nd outputs are far beyond what its feed held: the campaign, the NdPr oxide lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yt = yingtan(ctx);
    const lf = shangrao(ctx);
    const hf = hefei(ctx);
    const grams = tonnes(400);
    const batteries = typical('eol-nimh-battery', grams);
    const collect = s.collect(yt.party, 'col-2507-nimh', at('2025-07-03'), { id: 'NIMH-2507-01', product: 'eol-nimh-battery', massGrams: grams, composition: batteries },
      { name: '广州穗回再生资源回收有限公司 (Guangzhou Suihui Renewable Resources Co.)', id: outsideCode('r27-gz-collector', '440100') }, yt.plant);
    const lace = scale(pick(batteries, ['La', 'Ce']), 0.95);
    const ndpr = { Pr: tonnes(4.1), Nd: tonnes(12.3) };
    const residueGrams = tonnes(120);
    const residue = subtract(pick(batteries, ['La', 'Ce']), lace);
    const ndprGrams = oxideMass(ndpr);
    w.record(yt.party, on('2025-08-05'), [
      collect,
      s.process(yt.party, 'rec-2507-nimh', at('2025-07-14'), [{ lot: 'NIMH-2507-01', massGrams: grams }], [
        { id: 'YT-2507-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'YT-2507-NDPR', product: 'oxide-ndpr', massGrams: ndprGrams, composition: ndpr },
        { id: 'YT-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: yt.plant, note: 'crushed, sieved, sulphuric acid leach of the electrode mass; rare earths precipitated as double sulphate, converted and separated; nickel and cobalt to sulphate' }),
      s.ship(yt.party, 'shp-2507-res', at('2025-07-22'), 'YT-2507-RES', residueGrams, lf.party, undefined, 'covered tippers to Shangrao'),
      s.ship(yt.party, 'shp-2507-ndpr', at('2025-07-28'), 'YT-2507-NDPR', tonnes(12), hf, 'YT-2507-NDPR-HF', 'NdPr oxide in 1 t bags'),
    ]);
    const res = yt.party.lot('YT-2507-RES');
    w.record(lf.party, on('2025-08-07'), [
      s.receive(lf.party, 'rcv-2507-yt', at('2025-07-23'), res, residueGrams),
      s.dispose(lf.party, 'dsp-2507-yt', at('2025-07-24'), res, residueGrams, 'landfill', lf.site),
    ]);
    w.record(hf, on('2025-08-07', '11:00'), [s.receive(hf, 'rcv-2507-yt', at('2025-07-30'), yt.party.lot('YT-2507-NDPR-HF'), tonnes(12))]);
    return {
      world: w,
      find: { parties: [yt.party.id], lots: [yt.party.lot('YT-2507-NDPR')], events: [yt.party.event('rec-2507-nimh')] },
    };
  },
});
