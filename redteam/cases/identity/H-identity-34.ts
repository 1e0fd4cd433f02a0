// Estimates (not in shared/DOMAIN.md): mischmetal reduction at 97 % (refining.ts); AB5 alloy at 33 %
// rare earths with 99.5 % of them in the alloy (the catalogue's hsa-ab5, round 13's figures); 96 %
// recovered by the recycler; 0.3 t of nickel-rich leach residue a tonne of alloy.
import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, oxideMass, scale, subtract, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, guangzhouRecycler, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-34',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Guangzhou battery-alloy works sells 2.5 t of off-specification AB5 powder, at the alloy\'s full 33 % rare earths, to a recycler as what it is',
  does: 'A Guangzhou maker of AB5 hydrogen-storage alloy for NiMH batteries buys 18 t of lanthanum–cerium mischmetal from the Baotou smelter, reduced from the separator\'s June oxides (shipped 2025-07-12, received 07-16), and melts it on 07-20 with nickel, cobalt, manganese and aluminium into 54 t of AB5 alloy at 33 % rare earths. It delivers 40 t to a Huizhou battery maker on 07-28. A 2.5 t batch fails its hydrogen-capacity test; on 07-29 the works sells it, booked as AB5 alloy, to the Guangzhou recycler (received 07-30), which leaches it on 08-06 into lanthanum–cerium oxide at 96 % and sends the nickel-rich leach residue to the licensed landfill. Everyone reports on time.',
  expect: 'Nothing: off-specification alloy sold by the works that made it, under its own name and at its own grade, to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const gz = guangzhouRecycler(ctx);
    const works = firm(ctx, 'r23-gz-ab5', ['hydrogen-storage-maker'], '广州南沙储氢合金有限公司', 'Guangzhou Nansha Hydrogen-Storage Alloy Co.', '440100');
    const plant = w.facility({ id: 'plant-r23-nansha-ab5', party: works.id, kind: 'plant', nameZh: '南沙储氢合金厂', nameEn: 'Nansha AB5 alloy plant', region: '440100' });
    const la = tonnes(8);
    const ce = tonnes(15);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, r.smelter, 'SEP-2506-CE-S1'),
    ]);
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    const ceLot = r.separator.lot('SEP-2506-CE-S1');
    const misch = scale(add(s.share(laLot, la), s.share(ceLot, ce)), 0.97);
    const mischGrams = metalMass(misch);
    const shipped = tonnes(18);
    w.record(r.smelter, on('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laLot, la),
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-04'), ceLot, ce),
      s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: laLot, massGrams: la }, { lot: ceLot, massGrams: ce }], [
        { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: mischGrams, composition: misch },
      ], { facility: r.metalPlant, note: 'La–Ce mischmetal by chloride–fluoride electrolysis' }),
      s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', shipped, works, 'MM-2507-01-S1', '250 kg drums, rail to Guangzhou'),
    ]);
    const mmLot = r.smelter.lot('MM-2507-01-S1');
    const alloy = scale(s.share(mmLot, shipped), 0.995);
    const alloyGrams = Math.ceil(totalGrams(alloy) / 0.33);
    const offSpec = tonnes(2.5);
    w.record(works, on('2025-08-08'), [
      s.receive(works, 'rcv-2507-mm', at('2025-07-16'), mmLot, shipped),
      s.process(works, 'ab5-2507-01', at('2025-07-20'), [{ lot: mmLot, massGrams: shipped }], [
        { id: 'AB5-2507-01', product: 'hsa-ab5', massGrams: alloyGrams, composition: alloy },
      ], { facility: plant, note: 'vacuum induction melting with Ni, Co, Mn and Al, annealed and hydrogen-crushed' }),
      deliver('dlv-2507-01', at('2025-07-28'), 'AB5-2507-01', tonnes(40), { name: '惠州亿能镍氢电池有限公司', id: code23('hz-battery', '440000') }, 'batteries', 'HZ-YN-2025-07'),
      s.ship(works, 'shp-2507-off', at('2025-07-29'), 'AB5-2507-01', offSpec, gz.recycler, 'AB5-2507-01-X1', 'batch AB5-0719-3 failed its hydrogen-capacity test; sold for recycling'),
    ]);
    const offLot = works.lot('AB5-2507-01-X1');
    const held = s.share(offLot, offSpec);
    const lace = scale(held, 0.96);
    const residueGrams = Math.round(offSpec * 0.3);
    const residue = scale(subtract(held, lace), 0.5);
    w.record(gz.recycler, on('2025-08-08', '11:00'), [s.receive(gz.recycler, 'rcv-2507-ab5', at('2025-07-30'), offLot, offSpec)]);
    w.record(gz.recycler, on('2025-09-05'), [
      s.process(gz.recycler, 'rec-2508-01', at('2025-08-06'), [{ lot: offLot, massGrams: offSpec }], [
        { id: 'GZ-2508-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'GZ-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: gz.plant, note: 'off-spec AB5 powder: sulphuric acid leach, double-sulphate precipitation, converted to oxide' }),
      s.ship(gz.recycler, 'shp-2508-res', at('2025-08-12'), 'GZ-2508-RES', residueGrams, gz.landfill.party, undefined, 'closed trucks'),
    ]);
    w.record(gz.landfill.party, on('2025-09-07'), [
      s.receive(gz.landfill.party, 'rcv-2508-res', at('2025-08-13'), gz.recycler.lot('GZ-2508-RES'), residueGrams),
      s.dispose(gz.landfill.party, 'dsp-2508-res', at('2025-08-15'), gz.recycler.lot('GZ-2508-RES'), residueGrams, 'landfill', gz.landfill.site),
    ]);
    return { world: w, find: {} };
  },
});
