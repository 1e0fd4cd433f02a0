import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-32',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr metal rejected by one magnet maker goes back to the trader and on to another',
  does: 'The Beijing trader buys 10 t of NdPr metal from the metal smelter on 2025-07-03 and sells it to the Ningbo magnet maker, which receives it on 07-08. Its incoming test finds 900 ppm of oxygen against the 500 ppm its sintered grades allow, and it sends the whole lot back to the trader on 07-14. The trader sells it on 07-18 to a Baotou bonded-magnet maker, whose melt-spun powder tolerates the oxygen; it arrives on 07-19. Every leg is shipped, received and reported.',
  expect: 'Nothing: a rejected delivery returned to its seller and resold once, the same lot throughout, no transformation and no gain in mass; the material comes back to the trader once, but goes on to a real user, not round to where it started.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bonded = w.party('bonded', { kind: 'enterprise', roles: ['magnet-maker'], nameZh: '包头稀土粘结磁体有限公司', nameEn: 'Baotou Bonded Rare Earth Magnets Co.', region: '150200' });
    w.facility({ id: 'plant-baotou-bonded', party: bonded.id, kind: 'plant', nameZh: '包头粘结磁体厂', nameEn: 'Baotou bonded magnet plant', region: '150200' });
    const grams = tonnes(10);
    const lot = r.smelter.lot('MET-2506-01-T1');
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.ship(r.smelter, 'shp-2507-t1', at('2025-07-03'), 'MET-2506-01', grams, r.trader, 'MET-2506-01-T1')]);
    w.record(r.trader, at('2025-08-07', '12:00'), [
      s.receive(r.trader, 'rcv-2507-t1', at('2025-07-04'), lot, grams),
      s.ship(r.trader, 'shp-2507-mg', at('2025-07-07'), lot, grams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-t1', at('2025-07-08'), lot, grams),
      s.ship(r.magnets, 'shp-2507-ret', at('2025-07-14'), lot, grams, r.trader, undefined, 'returned: oxygen 900 ppm, specification 500 ppm max; test report QC-2507-0331'),
    ]);
    w.record(r.trader, at('2025-08-08', '12:00'), [
      s.receive(r.trader, 'rcv-2507-ret', at('2025-07-15'), lot, grams),
      s.ship(r.trader, 'shp-2507-bd', at('2025-07-18'), lot, grams, bonded),
    ]);
    w.record(bonded, at('2025-08-09', '10:00'), [s.receive(bonded, 'rcv-2507-t1', at('2025-07-19'), lot, grams)]);
    return { world: w, find: {} };
  },
});
