// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (heavy.ts); a heavy cascade holds its feed for weeks, not hours; the 2026 cut to 300 t REO is fictional.
import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, heavyCuts, HEAVY_RECOVERY, kunmingAgent, ruiliToChangting } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-time-36',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Four hundred tonnes of Myanmar feed unloaded at 18:40 on New Year\'s Eve and "cut into thirteen single oxides" by 23:10',
  does: 'After a penalty its group cut the Changting heavy separator\'s 2026 ionic allocation to 300 t REO, while its 2025 allocation of 2,000 t had room. A Kunming agent clears 400 t of Myanmar high-yttrium concentrate (368 t REO) at Ruili on 2025-12-27 and trucks it to Changting; the trucks unload at 18:40 on 12-31. The separator books the whole cargo dissolved and cut into thirteen single oxides, yttrium to lutetium, at 23:10 that night, in its December report of 2026-01-07. A solvent-extraction cascade of hundreds of stages holds its feed for weeks; the cargo was dissolved from 3 January and its oxides came off the cascade through the month, in the new quota year, where it would have exceeded the allocation.',
  expect: 'A separation dated four and a half hours after its feed arrived, the last hours of a quota year, with thirteen finished oxides: the campaign, its feed and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ct = changtingSeparator(ctx, { quota2026: 300 });
    const agent = kunmingAgent(ctx);
    const feed = ruiliToChangting(ctx, agent, ct, '2512', 400, at('2025-12-27', '10:00'), at('2025-12-28', '06:00'), at('2026-01-06', '10:00'));
    const outputs = heavyCuts(scale(s.share(feed.lot, feed.grams), HEAVY_RECOVERY), 'CT-2512');
    w.record(ct.party, at('2026-01-07', '10:00'), [
      s.receive(ct.party, 'rcv-2512-mm', at('2025-12-31', '18:40'), feed.lot, feed.grams),
      s.process(ct.party, 'sep-2512-01', at('2025-12-31', '23:10'), [{ lot: feed.lot, massGrams: feed.grams }], outputs, { facility: ct.plant, note: 'Myanmar feed dissolved and cut into single oxides on the P507 cascade; reported to the group as imported ore, 2025 allocation' }),
    ]);
    return {
      world: w,
      find: { parties: [ct.party.id], lots: [feed.lot, ct.party.lot('CT-2512-Y'), ct.party.lot('CT-2512-DY')], events: [ct.party.event('sep-2512-01')] },
    };
  },
});
