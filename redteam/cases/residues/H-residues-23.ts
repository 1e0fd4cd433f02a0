// Estimates (not in shared/DOMAIN.md): the catalogue's rare earth content of end-of-life permanent-magnet motors (0.64 %); 93 % of it out as rotor magnets, 5 % in chips lost to the shredder fines, 2 % in broken magnet dust; 95 % recovery from magnets and 0.7 t of leach residue a tonne (the library's).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { chongqing, filed, landfills, leachMagnetScrap, leachResidueGrams } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-residues-23',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Chongqing recycler dismantles 400 t of scrapped motors: 7.9 t of rotor magnets leached, 40 t of shredder fines with 5 % of the rare earths landfilled under licence',
  does: 'A licensed Chongqing recycler collects 400 t of scrapped permanent-magnet motors from a Jiulongpo dismantler on 2025-07-02. On 07-08 it dismantles them: 7.9 t of rotor magnets carry 93 % of the rare earths; magnet chips broken in the knock-out end in 40 t of shredder fines, varnish and stator chips (5 % of the rare earths, 0.3 % of the fines), sent on 07-12 to the licensed Chongqing industrial landfill as recycling residue; the steel and copper go to scrap processors. On 07-20 it leaches the magnets into NdPr oxide and a Dy–Tb enriched oxide and landfills that leach residue too.',
  expect: 'Nothing: a dismantling residue that carries the small share of rare earths dismantling really loses, placed in a landfill licensed for it.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const cq = chongqing(ctx);
    const motorGrams = tonnes(400);
    const collect = s.collect(cq.party, 'col-2507-mot', at('2025-07-02'), { id: 'MOT-2507-01', product: 'eol-motor', massGrams: motorGrams },
      { name: '重庆九龙坡废旧电机回收拆解有限公司 (Chongqing Jiulongpo Scrap Motor Dismantling Co.)', id: outsideCode('r25-cq-motors', '500000') }, cq.plant);
    const held = s.lot(cq.party.lot('MOT-2507-01')).composition;
    const magnets = scale(held, 0.93);
    const fines = scale(held, 0.05);
    const magnetGrams = massAtShare(magnets, 0.3);
    const finesGrams = tonnes(40);
    const dismantle = s.process(cq.party, 'dsm-2507-mot', at('2025-07-08'), [{ lot: 'MOT-2507-01', massGrams: motorGrams }], [
      { id: 'RTM-2507-01', product: 'eol-ndfeb-magnets', massGrams: magnetGrams, composition: magnets },
      { id: 'SHR-2507-01', product: 'slag-recycling-residue', massGrams: finesGrams, composition: fines },
    ], { facility: cq.plant, note: 'motors dismantled, rotors demagnetised at 350 °C, magnets knocked out (about 2 % of the rare earths lost as magnet dust); stators and housings shredded, steel and copper sold to licensed scrap processors; shredder fines, varnish and stator chips to landfill' });
    const leach = leachMagnetScrap(ctx, cq, '2507', 'RTM-2507-01', magnetGrams, at('2025-07-20'), leachResidueGrams(magnetGrams));
    w.record(cq.party, filed('2025-08-06'), [
      collect,
      dismantle,
      s.ship(cq.party, 'shp-2507-shr', at('2025-07-12'), 'SHR-2507-01', finesGrams, cq.landfill, undefined, 'covered trucks'),
      leach.event,
      s.ship(cq.party, 'shp-2507-res', at('2025-07-24'), leach.residue, leach.residueGrams, cq.landfill, undefined, 'covered trucks'),
    ]);
    landfills(ctx, cq, '2507-shr', cq.party.lot('SHR-2507-01'), finesGrams, at('2025-07-13'), at('2025-07-14'), filed('2025-08-07'));
    landfills(ctx, cq, '2507-lch', cq.party.lot(leach.residue), leach.residueGrams, at('2025-07-25'), at('2025-07-26'), filed('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
