import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { recycleMagnets } from '../../lib/round11.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-67',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A recycler exports its recovered terbium oxide under a dual-use export licence of its own',
  does: 'The Ganzhou recycler, registered also as an exporter, holds besides its recycling licence a dual-use export licence for up to 1 t REO of terbium oxide, valid from 2025-07-01 to 2026-06-30. It collects 100 t of end-of-life NdFeB magnets on 2025-07-02, leaches them on 07-10 into NdPr, dysprosium and terbium oxides, and on 07-25 exports its terbium oxide to a Japanese magnet maker citing that licence. July is reported on 6 August.',
  expect: 'Nothing: the recycler exports a controlled item within the scope, quantity and dates of an export licence it holds; recycled terbium is controlled like any other, and is licensed here.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.recycler, { roles: ['recycler', 'exporter'] });
    w.licence({ id: 'RT-EXP-GZ-TB-2025', party: r.recycler.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 1, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    honestMonth(ctx, '2025-06');
    const { events } = recycleMagnets(ctx);
    const tb = s.lot(r.recycler.lot('ROX-2507-TB'));
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      ...events,
      s.export(r.recycler, 'exp-2507-tb', at('2025-07-25'), 'ROX-2507-TB', tb.massGrams, 'JP', { licence: 'RT-EXP-GZ-TB-2025', customsDeclaration: '400120250700061183', note: 'recycled terbium oxide, 99.9 %' }),
    ]);
    return { world: w, find: {} };
  },
});
