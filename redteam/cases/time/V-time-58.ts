import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanImport } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-time-58',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Myanmar feed cargo imported and separated in July, entered only on 28 October after the group\'s quarterly tally of imported ore',
  does: 'Groups must report their members\' separation of imported ore. The Longnan separator imports 120 t of Myanmar high-yttrium concentrate on 2025-07-02 and separates it on 07-09. It files nothing for July by the 10 August deadline, waits for the group\'s third-quarter tally of imported ore to close, and enters the import and the separation, truthfully dated, on 10-28.',
  expect: 'An import and a separation of July first recorded on 28 October, eleven weeks past the deadline: the import, the separation, the feed lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const run = longnanImport(ctx, south, '2507', {
      importAt: at('2025-07-02'), separateAt: at('2025-07-09'), importRecordedAt: at('2025-10-28', '15:00'), separationRecordedAt: at('2025-10-28', '15:00'), massTonnes: 120,
    });
    const sep = south.southSeparator;
    return { world: w, find: { events: [sep.event('imp-2507-01'), sep.event('sep-2507-01')], lots: [run.feed], parties: [sep.id] } };
  },
});
