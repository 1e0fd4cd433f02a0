// Estimates (not in shared/DOMAIN.md): spent NiMH packs at about 8.6 % rare earths (the catalogue's
// eol-nimh-battery); an honest NiMH leach recovers over 90 % of them; the nickel–cobalt hydroxide
// cake is about a third of the packs' weight and should hold almost no rare earths.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-residues-34',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Changsha battery recycler books 38 % of its NiMH rare earths into a "nickel–cobalt hydroxide" cake and sells the cake out of the rare earth books',
  does: 'A Changsha recycler of spent batteries collects 400 t of NiMH packs from a Hunan dismantler on 2025-07-03 and leaches them on 07-15. Its records put 60 % of the packs\' rare earths into lanthanum–cerium and NdPr oxides and 38 % into a 130 t "nickel–cobalt hydroxide" cake, 10 % rare earths, which on 07-20 it books as disposed of, method "other": "sold to a nickel refiner as Ni–Co hydroxide". The cake goes to an unregistered Jiangxi workshop that leaches the 13 t of rare earths out of it and sells mixed carbonate for cash. July is reported on 08-06.',
  expect: 'A recycling residue that carries a third of the feed\'s rare earths out of the chain, to a buyer outside it, by a disposal that is no licensed one: the residue lot, its disposal, the campaign and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const recycler = firm(ctx, 'r23-cs-recycler', ['recycler'], '长沙宁乡循环科技有限公司', 'Changsha Ningxiang Circular Technology Co.', '430100');
    const licence = w.licence({ id: 'RT23-REC-NX', party: recycler.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
    const plant = w.facility({ id: 'plant-r23-ningxiang', party: recycler.id, kind: 'plant', nameZh: '宁乡电池回收厂', nameEn: 'Ningxiang battery recycling plant', region: '430100', licence });
    const grams = tonnes(400);
    const collect = s.collect(recycler, 'col-2507-01', at('2025-07-03'), { id: 'NB-2507-01', product: 'eol-nimh-battery', massGrams: grams },
      { name: '湖南邦盛废旧电池拆解有限公司', id: code23('hn-dismantler', '430100') }, plant);
    const held = s.lot(recycler.lot('NB-2507-01')).composition;
    const recovered = scale(held, 0.6);
    const lace = pick(recovered, ['La', 'Ce']);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const cake = scale(subtract(held, recovered), 0.95);
    const cakeGrams = tonnes(130);
    w.record(recycler, on('2025-08-06'), [
      collect,
      s.process(recycler, 'rec-2507-01', at('2025-07-15'), [{ lot: 'NB-2507-01', massGrams: grams }], [
        { id: 'NX-2507-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'NX-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'NX-2507-NICO', product: 'slag-recycling-residue', massGrams: cakeGrams, composition: cake },
      ], { facility: plant, note: 'shredded, sulphuric acid leach; rare earths precipitated as double sulphate; nickel and cobalt precipitated as hydroxide cake' }),
      { ...s.dispose(recycler, 'dsp-2507-nico', at('2025-07-20'), 'NX-2507-NICO', cakeGrams, 'other', plant), note: 'sold to a nickel refiner as Ni–Co hydroxide' },
    ]);
    return {
      world: w,
      find: {
        parties: [recycler.id],
        events: [recycler.event('dsp-2507-nico'), recycler.event('rec-2507-01')],
        lots: [recycler.lot('NX-2507-NICO')],
      },
    };
  },
});
