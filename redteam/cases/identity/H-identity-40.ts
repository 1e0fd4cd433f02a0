import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-40',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A SmCo magnet works\' off-cuts, 34 % samarium, sold to a recycler ten days after the metal came in',
  does: 'A Suzhou maker of SmCo5 magnets for aerospace sensors buys 1.6 t of samarium metal from the Baotou smelter, which reduced it on 07-20 from Longnan samarium oxide; it arrives on 07-24. On 08-04 the works melts, mills, presses and sinters it with cobalt: 90 % of the samarium ends in 4.0 t of SmCo5 magnets (36 % Sm), 8 % in 0.37 t of off-cuts, chipped and cracked blocks and grinding scrap (34 % Sm, the magnets\' own alloy, a little oxidised), 2 % in furnace losses. On 08-14 it sells the scrap to the Ganzhou recycler, and on 08-25 delivers 3.5 t of magnets to a Xi\'an sensor maker. Everyone reports on time.',
  expect: 'Nothing: pre-consumer SmCo scrap made alongside SmCo magnets in the same run, no richer than the magnets, going to a licensed recycler at home; its grade is a SmCo alloy\'s because that is what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const smcoMaker = w.party('smco-maker', { kind: 'enterprise', roles: ['magnet-maker'], nameZh: '苏州吴中钐钴磁材有限公司', nameEn: 'Suzhou Wuzhong SmCo Magnetics Co.', region: '320500' });
    const works = w.facility({ id: 'plant-wuzhong-smco', party: smcoMaker.id, kind: 'plant', nameZh: '吴中钐钴磁体车间', nameEn: 'Wuzhong SmCo magnet works', region: '320500' });
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(2);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-sm', oxideGrams, r.smelter, '2025-07', '2507-sm');
    const sm = scale(s.lot(oxide).composition, 0.95);
    const metal = { id: 'SM-2507-01', product: 'metal-sm', massGrams: metalMass(sm), composition: sm };
    const sold = tonnes(1.6);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'red-2507-sm', at('2025-07-20'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'lanthanothermic reduction and distillation of Sm' }),
      s.ship(r.smelter, 'shp-2507-sm', at('2025-07-23'), metal.id, sold, smcoMaker, 'SM-2507-01-S1'),
    ]);
    const metalLot = r.smelter.lot('SM-2507-01-S1');
    w.record(smcoMaker, at('2025-08-08', '10:00'), [s.receive(smcoMaker, 'rcv-2507-sm', at('2025-07-24'), metalLot, sold)]);
    const fed = s.lot(metalLot).composition;
    const inMagnets = scale(fed, 0.9);
    const inScrap = scale(subtract(fed, inMagnets), 0.8);
    const magnets = { id: 'SC-2508-01', product: 'magnet-smco5', massGrams: massAtShare(inMagnets, 0.36), composition: inMagnets };
    const scrap = { id: 'SC-2508-SCR', product: 'scrap-smco', massGrams: massAtShare(inScrap, 0.34), composition: inScrap };
    const customer = { name: '西安航天精密传感器有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '610116', orgBody8: 'HTCG0825' }) };
    const deliver: DeliverEvent = { id: 'dlv-2508-sc', kind: 'deliver', time: at('2025-08-25'), lot: magnets.id, massGrams: tonnes(3.5), customer, sector: 'electronics', contract: 'HT-2508-SMCO-07' };
    w.record(smcoMaker, at('2025-09-05', '10:00'), [
      s.process(smcoMaker, 'mag-2508-sc', at('2025-08-04'), [{ lot: metalLot, massGrams: sold }], [magnets, scrap], { facility: works, note: 'SmCo5: induction melting with cobalt, jet milling, pressing, sintering, grinding' }),
      s.ship(smcoMaker, 'shp-2508-scr', at('2025-08-14'), scrap.id, scrap.massGrams, r.recycler, undefined, 'off-cuts, cracked blocks and grinding scrap, drummed'),
      deliver,
    ]);
    w.record(r.recycler, at('2025-09-06', '10:00'), [s.receive(r.recycler, 'rcv-2508-scr', at('2025-08-15'), smcoMaker.lot(scrap.id), scrap.massGrams)]);
    return { world: w, find: {} };
  },
});
