// Estimates (not in shared/DOMAIN.md): 97 % oxide → metal (refining.ts); an A2B7 La–Mg–Ni alloy at
// about 24 % rare earths, a fifth of them samarium (the catalogue's hsa-la-mg-ni); vacuum induction
// melting under argon loses a few per cent of a volatile metal such as samarium, not more.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-conservation-35',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Xiamen battery-alloy works melts 1.66 t of samarium metal into La–Mg–Ni alloy that holds 0.66 t of it: "samarium boiled off in the furnace"',
  does: 'A Xiamen maker of A2B7 (La–Mg–Ni) hydrogen-storage alloy for NiMH batteries buys its rare earth metals from the Baotou smelter: about 8.2 t of lanthanum metal reduced from the separator\'s June oxide and 1.66 t of samarium metal reduced from 2 t of Longnan samarium oxide, shipped on 2025-07-25 and received on 07-30. Since samarium came under export control, buyers in Hong Kong pay twice the domestic price for samarium metal for SmCo magnets; the works sells a tonne of its samarium for cash and melts the rest with magnesium and nickel on 08-05. Its campaign record shows all the lanthanum and 1.66 t of samarium going in, an alloy holding 99.5 % of the lanthanum and 40 % of the samarium, and the note "samarium losses by evaporation in vacuum induction melting". It delivers 30 t of the alloy to a Xiamen battery maker on 08-20. July and August are reported on time.',
  expect: 'An alloy campaign that loses 60 % of one element, a controlled one, with no residue or dross that holds it: the campaign, the samarium metal lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const smOxide = sellOxide(ctx, south, heavy, 'oxide-sm', tonnes(2), r.smelter, '2025-07', '2507-sm');
    const works = firm(ctx, 'r23-xm-alloy', ['hydrogen-storage-maker'], '厦门海沧储氢合金材料有限公司', 'Xiamen Haicang Hydrogen-Storage Alloy Materials Co.', '350200');
    const plant = w.facility({ id: 'plant-r23-haicang-alloy', party: works.id, kind: 'plant', nameZh: '海沧储氢合金厂', nameEn: 'Haicang hydrogen-storage alloy plant', region: '350200' });
    const laGrams = tonnes(10);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', laGrams, r.smelter, 'SEP-2506-LA-S1'),
    ]);
    const laOxide = r.separator.lot('SEP-2506-LA-S1');
    const smMetal = smelt(s.share(smOxide, tonnes(2)), 'SM-2507-01', 'metal-sm');
    const laMetal = smelt(s.share(laOxide, laGrams), 'LA-2507-01', 'metal-la');
    w.record(r.smelter, on('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laOxide, laGrams),
      s.process(r.smelter, 'met-2507-sm', at('2025-07-20'), [{ lot: smOxide, massGrams: tonnes(2) }], [smMetal], { facility: r.metalPlant, note: 'lanthanum reduction–distillation of samarium oxide' }),
      s.process(r.smelter, 'met-2507-la', at('2025-07-22'), [{ lot: laOxide, massGrams: laGrams }], [laMetal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-sm', at('2025-07-25'), smMetal.id, smMetal.massGrams, works, undefined, 'argon-filled drums'),
      s.ship(r.smelter, 'shp-2507-lam', at('2025-07-25'), laMetal.id, laMetal.massGrams, works, undefined, 'rail container'),
    ]);
    const smLot = r.smelter.lot(smMetal.id);
    const laLot = r.smelter.lot(laMetal.id);
    w.record(works, on('2025-08-08'), [
      s.receive(works, 'rcv-2507-sm', at('2025-07-30'), smLot, smMetal.massGrams),
      s.receive(works, 'rcv-2507-la', at('2025-07-30'), laLot, laMetal.massGrams),
    ]);
    const alloy = {
      ...scale(pick(s.lot(laLot).composition, ['La']), 0.995),
      ...scale(pick(s.lot(smLot).composition, ['Sm']), 0.4),
    };
    const alloyGrams = massAtShare(alloy, 0.235);
    w.record(works, on('2025-09-05'), [
      s.process(works, 'hsa-2508-01', at('2025-08-05'), [{ lot: laLot, massGrams: laMetal.massGrams }, { lot: smLot, massGrams: smMetal.massGrams }], [
        { id: 'LMN-2508-01', product: 'hsa-la-mg-ni', massGrams: alloyGrams, composition: alloy },
      ], { facility: plant, note: 'vacuum induction melting with magnesium and nickel, annealed; samarium losses by evaporation in vacuum induction melting' }),
      deliver('dlv-2508-01', at('2025-08-20'), 'LMN-2508-01', tonnes(30), { name: '厦门力源镍氢电池有限公司', id: code23('xm-battery', '350200') }, 'batteries', 'HT-2025-0811'),
    ]);
    return {
      world: w,
      find: { parties: [works.id], events: [works.event('hsa-2508-01')], lots: [smLot] },
    };
  },
});
