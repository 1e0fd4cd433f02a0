import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-47',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Genuine Baotou cerium oxide sold through the Shanghai trading house and exported to Korea without a licence, as the law allows',
  does: 'The Baotou separator sells 40 t of its June cerium oxide to the Shanghai trading house (07-20), which exports it to a Korean glass-polishing firm on 08-02 with a customs declaration and no licence: cerium is outside the dual-use controls of 2025, and the export-licence catalogue ended on 2025-04-03.',
  expect: 'Nothing: an uncontrolled oxide whose element mix fits its label, exported after the old catalogue ended.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    const ce = `${lots.separation.byProduct['oxide-ce']!.id}`;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ce', at('2025-07-20'), ce, tonnes(40), r.exporter, `${ce}-S1`)]);
    const shipment = r.separator.lot(`${ce}-S1`);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ce', at('2025-07-22'), shipment, tonnes(40)),
      s.export(r.exporter, 'exp-2508-ce', at('2025-08-02'), shipment, tonnes(40), 'KR', { customsDeclaration: '220120250802003981', note: 'cerium oxide 99 %, HS 2846.10' }),
    ]);
    return { world: w, find: {} };
  },
});
