// Estimates (not in shared/DOMAIN.md): the catalogue's ceria–zirconia (50 % REO) and three-way catalyst (6.5 % REO) grades; 99 % of the rare earths kept at each step.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, firm, plant, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-identity-36',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Three-way catalyst bricks whose oxygen-storage coat carries yttria, exported to Thailand without a licence',
  does: 'A Wuxi (Jiangsu) automotive catalyst works buys 6 t of CeO2 and 1 t of La2O3 from the Baotou separator (received 2025-07-05) and 0.8 t of Y2O3 from the Changting heavy separator (received 07-16). On 07-18 it co-precipitates them with zirconium into about 15 t of ceria–zirconia oxygen-storage powder (some 10 % of its rare earth oxide is yttria, which stabilises the lattice); on 07-25 it coats the powder, with alumina and palladium–rhodium, onto cordierite monoliths: about 117 t of catalyst bricks at 6.5 % rare earth oxide. On 08-01 it exports 110 t of bricks to a Rayong car plant. The catalyst carries some 0.5 % yttrium; a finished catalyst is on no control list, and the yttrium oxide it was made from was bought at home.',
  expect: 'Nothing: a catalyst is not a controlled compound, metal or alloy; a stabiliser at its usual share does not make the bricks yttrium oxide.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = firm(ctx, 'r24-wuxi', ['catalyst-maker', 'exporter'], '无锡新吴汽车催化剂有限公司', 'Wuxi Xinwu Automotive Catalysts Co.', '320200');
    const site = plant(ctx, works, 'plant-r24-xinwu', '新吴催化剂厂', 'Xinwu catalyst plant', '320200');
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const ce = sell24(ctx, r.separator, works, { lot: r.separator.lot('SEP-2506-CE'), grams: tonnes(6), tag: 'WX1', shipAt: at('2025-07-03'), receiveAt: at('2025-07-05'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-08', '09:00') });
    const la = sell24(ctx, r.separator, works, { lot: r.separator.lot('SEP-2506-LA'), grams: tonnes(1), tag: 'WX2', shipAt: at('2025-07-03'), receiveAt: at('2025-07-05'), sellerRecordsAt: at('2025-08-06', '11:10'), buyerRecordsAt: at('2025-08-08', '09:10') });
    const y = sell24(ctx, ct.party, works, { lot: run.lots['oxide-y']!, grams: tonnes(0.8), tag: 'WX3', shipAt: at('2025-07-14'), receiveAt: at('2025-07-16'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-08', '09:20') });
    const osm = scale(add(add(s.share(ce, tonnes(6)), s.share(la, tonnes(1))), s.share(y, tonnes(0.8))), 0.99);
    const osmGrams = Math.ceil(reo(osm) / 0.5);
    const process1 = s.process(works, 'osm-2507-01', at('2025-07-18'), [{ lot: ce, massGrams: tonnes(6) }, { lot: la, massGrams: tonnes(1) }, { lot: y, massGrams: tonnes(0.8) }], [
      { id: 'OSM-2507-01', product: 'catalyst-ceria-zirconia', massGrams: osmGrams, composition: osm },
    ], { facility: site, note: 'Ce–Zr–La–Y co-precipitation with zirconyl nitrate, calcined: (Ce,Zr,La,Y)O2 oxygen-storage powder' });
    const brick = scale(osm, 0.99);
    const brickGrams = Math.ceil(reo(brick) / 0.065);
    const process2 = s.process(works, 'twc-2507-01', at('2025-07-25'), [{ lot: 'OSM-2507-01', massGrams: osmGrams }], [
      { id: 'TWC-2507-01', product: 'catalyst-auto-three-way', massGrams: brickGrams, composition: brick },
    ], { facility: site, note: 'washcoat of oxygen-storage powder, γ-alumina and Pd–Rh on 600-cell cordierite monoliths, calcined' });
    w.record(works, at('2025-08-08', '10:00'), [
      process1, process2,
      s.export(works, 'exp-2508-th', at('2025-08-01'), 'TWC-2507-01', tonnes(110), 'TH', { customsDeclaration: '220320250801006612', note: 'three-way catalytic converter substrates, coated, HS 8421.39' }),
    ]);
    return { world: w, find: {} };
  },
});
