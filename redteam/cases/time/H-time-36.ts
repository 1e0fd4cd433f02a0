// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (heavy.ts); a campaign of twelve days on the cascade; the 2026 cut to 300 t REO is fictional.
import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, heavyCuts, HEAVY_RECOVERY, kunmingAgent, ruiliToChangting } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-time-36',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A December cargo of Myanmar feed on the Changting cascade for twelve days, booked when its last oxide came off at 22:00 on New Year\'s Eve',
  does: 'The Changting heavy separator\'s 2026 ionic allocation has been cut to 300 t REO; its 2025 allocation has room. A Kunming agent clears 400 t of Myanmar high-yttrium concentrate at Ruili on 2025-12-12 and trucks it to Changting, where it is unloaded on 12-19 and dissolved into the cascade the same day. The thirteen single oxides come off through the following twelve days; the separator books the campaign when the last oxide is calcined, at 22:00 on 12-31, and reports December on 2026-01-07.',
  expect: 'Nothing: a campaign run in December, on feed received in December, booked when it ended, in the year it was run.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ct = changtingSeparator(ctx, { quota2026: 300 });
    const agent = kunmingAgent(ctx);
    const feed = ruiliToChangting(ctx, agent, ct, '2512', 400, at('2025-12-12', '10:00'), at('2025-12-13', '06:00'), at('2026-01-06', '10:00'));
    const outputs = heavyCuts(scale(s.share(feed.lot, feed.grams), HEAVY_RECOVERY), 'CT-2512');
    w.record(ct.party, at('2026-01-07', '10:00'), [
      s.receive(ct.party, 'rcv-2512-mm', at('2025-12-19', '11:00'), feed.lot, feed.grams),
      s.process(ct.party, 'sep-2512-01', at('2025-12-31', '22:00'), [{ lot: feed.lot, massGrams: feed.grams }], outputs, { facility: ct.plant, note: 'campaign of 19–31 December on the P507 cascade, booked at the last calcination; reported to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
