import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-30',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Samarium alloy exported as La–Mg–Ni hydrogen-storage powder',
  does: 'A Baotou hydrogen-storage alloy maker, registered also as an exporter, buys 1.64 t of samarium metal and 0.83 t of lanthanum metal from the Baotou metal smelter in July 2025 (the smelter made the samarium from the Longnan separator\'s oxide by lanthanum reduction). On 08-05 it melts them with nickel and magnesium into 8.7 t of "A2B7 La–Mg–Ni hydrogen-storage alloy powder" and on 08-20 exports all of it to Japan with no licence, since hydrogen-storage alloys are not on the dual-use list. The powder is 28 % rare earths, a La–Mg–Ni alloy\'s grade, but two thirds of them are samarium (19 % of the lot): an A2B7 alloy is lanthanum-based, with samarium a few per cent at most. It is a samarium master alloy for a SmCo magnet plant.',
  expect: 'A "hydrogen-storage alloy" whose rare earths are 66 % samarium: a samarium alloy, a controlled item, exported without the dual-use licence; the export event, the alloy lot and the alloy maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const hsa = w.party('hsa', { kind: 'enterprise', roles: ['hydrogen-storage-maker', 'exporter'], nameZh: '包头稀土储氢材料有限公司', nameEn: 'Baotou Rare Earth Hydrogen Storage Materials Co.', region: '150200' });
    const plant = w.facility({ id: 'plant-baotou-hsa', party: hsa.id, kind: 'plant', nameZh: '包头储氢合金厂', nameEn: 'Baotou hydrogen-storage alloy plant', region: '150200' });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const smOxideGrams = tonnes(2);
    const smOxide = sellOxide(ctx, south, heavy, 'oxide-sm', smOxideGrams, r.smelter, '2025-07', '2507-sm');
    const laOxideGrams = tonnes(1);
    const laShipment = 'SEP-2506-LA-SM1';
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-la', at('2025-07-05'), 'SEP-2506-LA', laOxideGrams, r.smelter, laShipment)]);
    const laOxide = r.separator.lot(laShipment);
    const sm = scale(s.lot(smOxide).composition, 0.95);
    const la = scale(s.share(laOxide, laOxideGrams), 0.97);
    const smMetal = { id: 'MET-2507-SM', product: 'metal-sm', massGrams: metalMass(sm), composition: sm };
    const laMetal = { id: 'MET-2507-LA', product: 'metal-la', massGrams: metalMass(la), composition: la };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-06'), laOxide, laOxideGrams),
      s.process(r.smelter, 'met-2507-la', at('2025-07-12'), [{ lot: laOxide, massGrams: laOxideGrams }], [laMetal], { facility: r.metalPlant, note: 'molten-salt electrolysis' }),
      s.process(r.smelter, 'red-2507-sm', at('2025-07-22'), [{ lot: smOxide, massGrams: smOxideGrams }], [smMetal], { facility: r.metalPlant, note: 'lanthanothermic reduction and distillation of Sm2O3' }),
      s.ship(r.smelter, 'shp-2507-sm', at('2025-07-28'), smMetal.id, smMetal.massGrams, hsa),
      s.ship(r.smelter, 'shp-2507-lam', at('2025-07-28'), laMetal.id, laMetal.massGrams, hsa),
    ]);
    const smLot = r.smelter.lot(smMetal.id);
    const laLot = r.smelter.lot(laMetal.id);
    w.record(hsa, at('2025-08-08', '10:00'), [
      s.receive(hsa, 'rcv-2507-sm', at('2025-07-29'), smLot, smMetal.massGrams),
      s.receive(hsa, 'rcv-2507-la', at('2025-07-29'), laLot, laMetal.massGrams),
    ]);
    const alloyComposition = add(s.lot(smLot).composition, s.lot(laLot).composition);
    const alloy = { id: 'HSA-2508-01', product: 'hsa-la-mg-ni', massGrams: massAtShare(alloyComposition, 0.28), composition: alloyComposition };
    w.record(hsa, at('2025-09-05', '10:00'), [
      s.process(hsa, 'mel-2508-01', at('2025-08-05'), [{ lot: smLot, massGrams: smMetal.massGrams }, { lot: laLot, massGrams: laMetal.massGrams }], [alloy], { facility: plant, note: 'vacuum induction melting with Ni and Mg, gas-atomised powder, grade A2B7-S' }),
      s.export(hsa, 'exp-2508-01', at('2025-08-20'), alloy.id, alloy.massGrams, 'JP', { customsDeclaration: '020120250800044817' }),
    ]);
    return { world: w, find: { events: [hsa.event('exp-2508-01'), hsa.event('mel-2508-01')], lots: [hsa.lot(alloy.id)], parties: [hsa.id] } };
  },
});
