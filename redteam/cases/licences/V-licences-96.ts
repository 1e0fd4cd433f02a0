import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, smallSeparator } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-licences-96',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A new separation plant runs its first 500 t campaign while its licence application is still pending',
  does: 'A new Baotou separator of the Northern group applied to MIIT for designation from 2025-07-01; the registry shows the licence as pending (not granted). The group, expecting approval, has already allocated it part of its separation quota, and the plant, with its cascade filled and its staff hired, does not wait: it receives 500 t of Bayan Obo concentrate on 2025-07-09 and separates it on 07-18, its residue going to the licensed store, and reports July on 08-06.',
  expect: 'Separation by an enterprise whose licence was never granted (only designated enterprises may separate, Order 785); the campaign, the plant and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = smallSeparator(ctx, { licenceFrom: '2025-07-01', licenceStatus: 'pending' });
    const run = feedAndSeparate(ctx, sep, '2507', monthDays('2025-07'), 500, at('2025-08-05', '10:00'), at('2025-08-07', '10:00'));
    w.record(sep.party, at('2025-08-06', '10:00'), run.events);
    return { world: w, find: { events: [sep.party.event('sep-2507-xd')], lots: [sep.party.lot('XD-2507-NDPR')], parties: [sep.party.id] } };
  },
});
