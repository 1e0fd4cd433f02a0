// Estimates (not in shared/DOMAIN.md): a phosphor maker's purification line recovering 93 %; red
// phosphor Y2O3:Eu at 93.4 : 6.6 by oxide (the catalogue's phosphor-red-y2o3-eu).
import type { ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, fujian, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-licences-33',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Xiamen phosphor maker buys 60 t of Changting clay concentrate and separates its own yttrium and europium',
  does: 'A Xiamen maker of red lamp and display phosphors, tired of paying separators\' prices for yttrium and europium oxides, buys 60 t of medium-yttrium, europium-rich clay concentrate straight from the Changting mine (shipped 2025-07-10, received 07-12). On 07-18 it runs the concentrate through the solvent-extraction "purification line" it built in its own plant: yttrium oxide and europium oxide at 93 %, and the rest as an NdPr oxide, a lanthanum–cerium oxide, a samarium–gadolinium cut and a heavy cut that it means to sell. On 07-28 it fires its yttrium and all its europium into 7 t of Y2O3:Eu red phosphor and delivers 5 t to a Xiamen lamp maker on 07-30. It holds no separation licence and no separation quota. July is reported on 08-07.',
  expect: 'Separation of a mineral product by a party with no separation licence or quota, at a plant no licence covers: the separation, the concentrate lot and the phosphor maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const fj = fujian(ctx);
    const works = firm(ctx, 'r23-xm-phosphor', ['phosphor-maker'], '厦门翔鹭稀土发光材料有限公司', 'Xiamen Xianglu Rare Earth Luminescent Materials Co.', '350200');
    const plant = w.facility({ id: 'plant-r23-xianglu', party: works.id, kind: 'plant', nameZh: '翔鹭发光材料厂', nameEn: 'Xianglu phosphor plant', region: '350200' });
    const sold = tonnes(60);
    w.record(fj.miner, on('2025-08-05'), [
      s.extract(fj.miner, 'ext-2507-01', at('2025-07-04'), fj.mine, { id: 'CT-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: tonnes(80) }),
      s.ship(fj.miner, 'shp-2507-01', at('2025-07-10'), 'CT-2507-01', sold, works, 'CT-2507-01-S1', 'covered trucks to Xiamen'),
    ]);
    const feed = fj.miner.lot('CT-2507-01-S1');
    const recovered = scale(s.lot(feed).composition, 0.93);
    const lines: [string, string, string[], number][] = [
      ['Y', 'oxide-y', ['Y'], 0.99], ['EU', 'oxide-eu', ['Eu'], 0.99], ['NDPR', 'oxide-ndpr', ['Pr', 'Nd'], 0.99],
      ['LACE', 'mixed-oxide-lace', ['La', 'Ce'], 0.99], ['SMGD', 'mixed-oxide-smeugd', ['Sm', 'Gd'], 0.9],
      ['HRE', 'mixed-oxide-heavy', ['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'], 0.95],
    ];
    const outputs = lines.map(([suffix, product, symbols, purity]) => {
      const composition = pick(recovered, symbols as ElementSymbol[]);
      return { id: `XL-2507-${suffix}`, product, massGrams: oxideMass(composition, purity), composition };
    });
    const eu = outputs[1]!;
    const euGrams = eu.massGrams;
    const yForEu = Math.round((reo(eu.composition) * 93.4) / 6.6 / 0.99);
    w.record(works, on('2025-08-07'), [
      s.receive(works, 'rcv-2507-01', at('2025-07-12'), feed, sold),
      s.process(works, 'sep-2507-01', at('2025-07-18'), [{ lot: feed, massGrams: sold }], outputs, { facility: plant, note: 'own purification line: hydrochloric acid dissolution, P507 extraction, oxalate precipitation' }),
    ]);
    const yComp = s.share(works.lot('XL-2507-Y'), yForEu);
    const euComp = s.share(works.lot('XL-2507-EU'), euGrams);
    const red = scale({ ...yComp, ...euComp }, 0.995);
    const redGrams = Math.ceil(reo(red) / 0.995);
    w.record(works, on('2025-08-07', '11:00'), [
      s.process(works, 'phs-2507-01', at('2025-07-28'), [{ lot: 'XL-2507-Y', massGrams: yForEu }, { lot: 'XL-2507-EU', massGrams: euGrams }], [
        { id: 'RP-2507-01', product: 'phosphor-red-y2o3-eu', massGrams: redGrams, composition: red },
      ], { facility: plant, note: 'oxalate co-precipitation, fired at 1,350 °C' }),
      deliver('dlv-2507-01', at('2025-07-30'), 'RP-2507-01', tonnes(5), { name: '厦门通士达照明有限公司', id: code23('xm-lamps', '350200') }, 'lighting-and-displays', 'XM-TSD-0722'),
    ]);
    return {
      world: w,
      find: { parties: [works.id], events: [works.event('sep-2507-01')], lots: [feed] },
    };
  },
});
