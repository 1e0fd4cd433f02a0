import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-30',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide "destroyed" in a warehouse fire and sent for incineration',
  does: 'The separator holds 42 t of June NdPr oxide in its finished-goods warehouse. After a small fire in the packing hall on 2025-07-14 it books 12 t of that oxide (some ¥5 M) as "fire-damaged, contaminated with foam, sent for hazardous-waste incineration", a dispose event of its own on 07-16, and reports it with July on 08-06. Rare earth oxide does not burn: a fire or foam leaves it in the ash and the bags, and a separator re-dissolves smoke-stained oxide in its own leach circuit. The 12 t were sold for cash to an unlicensed magnet workshop.',
  expect: 'A declared loss of a finished product: 12 t of NdPr oxide (28 % of the lot) leave the books through disposal, with no disposer and no residue; the dispose event, the oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      { ...s.dispose(r.separator, 'dsp-2507-fire', at('2025-07-16', '15:00'), 'SEP-2506-NDPR', tonnes(12), 'incineration'), note: 'packing hall fire 2025-07-14: 480 jumbo bags of NdPr oxide fire-damaged and wetted with foam, sent for incineration as hazardous waste' },
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('dsp-2507-fire')], lots: [june.ndprOxide], parties: [r.separator.id] },
    };
  },
});
