import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { Scribe } from '../../lib/scribe.ts';

export default defineCase({
  id: 'V-identity-21',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Yttrium oxide exported as YAG:Ce phosphor',
  does: 'A Yixing phosphor maker, registered also as an exporter, buys 5 t of yttrium oxide from the Longnan separator and 0.15 t of cerium oxide from the Baotou separator in July 2025, "fires" them together and exports 5.15 t to Korea on 08-12 as YAG:Ce phosphor, which it says needs no licence. No alumina goes in: the lot is 76 % yttrium, where Y3Al5O12 cannot hold more than 45 %; the cerium is there to make the label look right.',
  expect: 'A "phosphor" whose yttrium grade only yttrium oxide can have: yttrium oxide exported without the dual-use licence Announcement 18 requires; the export event, the lot and the phosphor maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const phosphors = w.party('phosphors', { kind: 'enterprise', roles: ['phosphor-maker', 'exporter'], nameZh: '宜兴稀土发光材料有限公司', nameEn: 'Yixing Rare Earth Luminescent Materials Co.', region: '320282' });
    const plant = w.facility({ id: 'plant-yixing-phosphor', party: phosphors.id, kind: 'plant', nameZh: '宜兴荧光粉厂', nameEn: 'Yixing phosphor plant', region: '320282' });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const y = sellOxide(ctx, south, heavy, 'oxide-y', tonnes(5), phosphors, '2025-07', '2507-y');
    const ceLot = june.separation.byProduct['oxide-ce']!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ceph', at('2025-07-08'), ceLot.id, tonnes(0.15), phosphors, `${ceLot.id}-PH1`)]);
    const ce = Scribe.qualify(r.separator, `${ceLot.id}-PH1`);
    const composition = add(s.lot(y).composition, s.lot(ce).composition);
    w.record(phosphors, at('2025-08-08', '10:00'), [
      s.receive(phosphors, 'rcv-2507-ceph', at('2025-07-10'), ce, tonnes(0.15)),
    ]);
    w.record(phosphors, at('2025-09-08', '10:00'), [
      s.process(phosphors, 'fir-2508-01', at('2025-08-04'), [{ lot: y, massGrams: tonnes(5) }, { lot: ce, massGrams: tonnes(0.15) }], [{ id: 'YAG-2508-01', product: 'phosphor-yag-ce', massGrams: tonnes(5.15), composition }], { facility: plant, note: 'solid-state firing, 1,550 °C' }),
      s.export(phosphors, 'exp-2508-01', at('2025-08-12'), 'YAG-2508-01', tonnes(5.15), 'KR', { customsDeclaration: '230120250800019902' }),
    ]);
    return { world: w, find: { parties: [phosphors.id], lots: [phosphors.lot('YAG-2508-01')], events: [phosphors.event('exp-2508-01'), phosphors.event('fir-2508-01')] } };
  },
});
