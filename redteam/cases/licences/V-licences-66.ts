import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { recycleMagnets } from '../../lib/round11.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-66',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A recycler exports the terbium oxide it recovered, citing its recycling licence as the export licence',
  does: 'The Ganzhou recycler, registered also as an exporter, collects 100 t of end-of-life NdFeB magnets on 2025-07-02 and leaches them on 07-10 into NdPr, dysprosium and terbium oxides. On 07-25 it exports its whole terbium oxide lot to a Japanese magnet maker, declaring on the customs form and in the ledger the number of its recycling licence, RT-REC-GZ-2024, as "licence". It holds no dual-use export licence; terbium oxide needs one since 2025-04-04, recycled or not. July is reported on 6 August.',
  expect: 'An export of a controlled item citing a licence that is not an export licence: the export, the terbium oxide lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.recycler, { roles: ['recycler', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const { events } = recycleMagnets(ctx);
    const tb = s.lot(r.recycler.lot('ROX-2507-TB'));
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      ...events,
      s.export(r.recycler, 'exp-2507-tb', at('2025-07-25'), 'ROX-2507-TB', tb.massGrams, 'JP', { licence: 'RT-REC-GZ-2024', customsDeclaration: '400120250700061183', note: 'recycled terbium oxide, 99.9 %' }),
    ]);
    return { world: w, find: { events: [r.recycler.event('exp-2507-tb')], lots: [r.recycler.lot('ROX-2507-TB')], parties: [r.recycler.id] } };
  },
});
