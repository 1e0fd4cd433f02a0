import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-74',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Outward processing that comes home richer: 10 t of NdPr metal sent to Vietnam, magnets holding 40 % more NdPr imported back',
  does: 'The Ningbo magnet maker exports 10 t of its June NdPr metal to a Hai Phong sintering contractor on 2025-07-05 (NdPr metal needs no licence). On 08-12 it imports "the finished magnets" back: 36.7 t of sintered NdFeB holding 40 % more praseodymium and neodymium than the metal sent, where honest sintering returns about 78 % of it. The difference is Myanmar NdPr smuggled into Vietnam and sintered there, brought into China\'s books as the return of its own metal. Both reported on time.',
  expect: 'An import that returns more of the elements than the export it answers sent out: the import and its magnet lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const sent = s.share(june.metalShipment, tonnes(10));
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.export(r.magnets, 'exp-2507-op', at('2025-07-05'), june.metalShipment, tonnes(10), 'VN', { customsDeclaration: '310420250700055120', note: 'outward processing: sintering by contractor, magnets to return' }),
    ]);
    const back = scale(sent, 1.4);
    w.record(r.magnets, at('2025-09-08', '11:00'), [
      s.import(r.magnets, 'imp-2508-op', at('2025-08-12'), { id: 'OP-2508-MG', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(back, 0.3), composition: back }, 'VN', '310420250800061877'),
    ]);
    return { world: w, find: { events: [r.magnets.event('imp-2508-op')], lots: [r.magnets.lot('OP-2508-MG')] } };
  },
});
