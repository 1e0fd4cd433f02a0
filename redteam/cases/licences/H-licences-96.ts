import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, smallSeparator } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-licences-96',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A separator whose renewal is pending separates in September on the licence that runs to December',
  does: 'A Baotou separator of the Northern group holds a licence valid to 2025-12-31 and has applied for its renewal from 2026-01-01; the registry shows the renewal as pending beside the licence in force. It receives 500 t of Bayan Obo concentrate on 2025-09-09 and separates it on 09-18 under the current licence, its residue going to the licensed store.',
  expect: 'Nothing: the September campaign is covered by the licence in force; a pending renewal for next year changes nothing about it.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = smallSeparator(ctx, { licenceTo: '2025-12-31' });
    w.licence({ id: 'RT-SEP-XD-2026', party: sep.party.id, activity: 'separation', validFrom: '2026-01-01', validTo: '2028-12-31', capacityTonnesReo: 2_500, status: 'pending' });
    const run = feedAndSeparate(ctx, sep, '2509', monthDays('2025-09'), 500, at('2025-10-05', '10:00'), at('2025-10-07', '10:00'));
    w.record(sep.party, at('2025-10-06', '10:00'), run.events);
    return { world: w, find: {} };
  },
});
