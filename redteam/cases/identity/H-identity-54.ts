import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { catalystWorks } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-identity-54',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum-exchanged FCC catalyst at 3 % lanthanum exported to a Singapore refinery without a licence',
  does: 'The Baotou separator sells 10 t of La2O3 to a Zibo catalyst works on 2025-07-05. The works ion-exchanges it into Y-zeolite and spray-dries 280 t of fluid catalytic cracking catalyst, about 3 % La (an estimate within what the catalogue gives FCC catalysts), and sells 200 t to the Shanghai trading house, which exports them to a Singapore refinery on 07-29 without a licence.',
  expect: 'Nothing: lanthanum is on no control list, and a refinery catalyst at a few per cent lanthanum is what an FCC catalyst is.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const works = catalystWorks(ctx);
    const laId = june.separation.byProduct['oxide-la']!.id;
    const laGrams = tonnes(10);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-la', at('2025-07-05'), laId, laGrams, works.party, `${laId}-S1`)]);
    const la = r.separator.lot(`${laId}-S1`);
    const catGrams = tonnes(280);
    const shipped = tonnes(200);
    w.record(works.party, at('2025-08-07', '10:00'), [
      s.receive(works.party, 'rcv-2507-la', at('2025-07-07'), la, laGrams),
      s.process(works.party, 'cat-2507-01', at('2025-07-15'), [{ lot: la, massGrams: laGrams }], [{ id: 'FCC-2507-01', product: 'catalyst-fcc', massGrams: catGrams, composition: scale(s.share(la, laGrams), 0.99) }], { facility: works.plant, note: 'La-exchanged Y zeolite, spray-dried' }),
      s.ship(works.party, 'shp-2507-fcc', at('2025-07-22'), 'FCC-2507-01', shipped, r.exporter, 'FCC-2507-01-S1'),
    ]);
    const lot = works.party.lot('FCC-2507-01-S1');
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-fcc', at('2025-07-24'), lot, shipped),
      s.export(r.exporter, 'exp-2507-fcc', at('2025-07-29'), lot, shipped, 'SG', { customsDeclaration: '2201250729004471' }),
    ]);
    return { world: w, find: {} };
  },
});
