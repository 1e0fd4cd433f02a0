import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-identity-95',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum-exchanged FCC catalyst, 2.5 % La, exported to a Singapore refinery without a licence',
  does: 'A Zibo catalyst maker buys 6 t of lanthanum oxide from the Baotou separator (shipped 2025-07-03, received 07-05) and on 07-15 ion-exchanges it into 200 t of Y-zeolite cracking catalyst at about 2.5 % lanthanum (the catalogue\'s grade). It exports 150 t to a Singapore refinery on 07-28; lanthanum is not controlled, so no licence is cited.',
  expect: 'Nothing: a catalyst of a catalyst\'s grade, made from oxide bought through the chain, exported without a licence because none is needed.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.5 % of the lanthanum left in the exchange liquor.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const maker = enterprise(ctx, 'zibo-catalyst', ['catalyst-maker', 'exporter'], '淄博齐鲁裂化催化剂有限公司', 'Zibo Qilu Cracking Catalyst Co.', '370300');
    const plant = w.facility({ id: 'plant-qilu-catalyst', party: maker.id, kind: 'plant', nameZh: '齐鲁催化剂厂', nameEn: 'Qilu catalyst plant', region: '370300' });
    const oxideGrams = tonnes(6);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', oxideGrams, maker, 'SEP-2506-LA-S1')]);
    const la = r.separator.lot('SEP-2506-LA-S1');
    const laGrams = Math.floor((s.share(la, oxideGrams).La ?? 0) * 0.995);
    w.record(maker, at('2025-08-08', '10:00'), [
      s.receive(maker, 'rcv-2507-la', at('2025-07-05'), la, oxideGrams),
      s.process(maker, 'cat-2507-01', at('2025-07-15'), [{ lot: la, massGrams: oxideGrams }], [{ id: 'FCC-2507-01', product: 'catalyst-fcc', massGrams: tonnes(200), composition: { La: laGrams } }], { facility: plant, note: 'rare earth exchange of Y zeolite, spray-dried with kaolin; 0.5 % of the lanthanum left in the exchange liquor (estimate)' }),
      s.export(maker, 'exp-2507-fcc', at('2025-07-28'), 'FCC-2507-01', tonnes(150), 'SG', { customsDeclaration: '430120250700052760' }),
    ]);
    return { world: w, find: {} };
  },
});
