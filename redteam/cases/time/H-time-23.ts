// Estimates (not in shared/DOMAIN.md): 97 % of the oxide's dysprosium into Dy–Fe (the library's yield). The weekend rule: where a period's last day is a rest day, the period ends on the next working day (Civil Code art. 203; the same rule moves tax filing deadlines).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, jian, jianAlloy, localId, taiyuan } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-time-23',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Ji\'an metal works files July at 09:30 on Monday 11 August: the 10th was a Sunday',
  does: 'A Ji\'an (Jiangxi) metal works buys 3 t of Dy2O3 from the Longnan separator (shipped 2025-07-15, received 07-16), reduces it on 07-22 into 3.1 t of Dy–Fe and ships the alloy on 07-28 to a Taiyuan magnet works, which receives it on 07-30. Its office does not work weekends; 10 August 2025 fell on a Sunday, and it files its July report first thing on Monday 11 August. The magnet works, which the law does not oblige to report, books its receipt the next day.',
  expect: 'Nothing: a monthly deadline that falls on a rest day runs to the next working day, so a report filed on Monday the 11th is on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const ja = jian(ctx);
    const tw = taiyuan(ctx);
    const oxideGrams = tonnes(3);
    const dyLocal = localId(chain.heavy.lots['oxide-dy']!);
    const longnan = chain.south.southSeparator;
    w.record(longnan, filed('2025-08-06', '11:30'), [s.ship(longnan, 'shp-2507-dyja', at('2025-07-15'), dyLocal, oxideGrams, ja.party, `${dyLocal}-JA`, 'Dy2O3 99.5 %, 50 kg drums')]);
    const oxide = longnan.lot(`${dyLocal}-JA`);
    const receipt = s.receive(ja.party, 'rcv-2507-dy', at('2025-07-16'), oxide, oxideGrams);
    const dyfe = jianAlloy(ctx, ja, 'met-2507-dyfe', at('2025-07-22'), oxide, oxideGrams, 'alloy-dyfe', 'DYFE-2507-01');
    w.record(ja.party, filed('2025-08-11', '09:30'), [
      receipt,
      dyfe.event,
      s.ship(ja.party, 'shp-2507-dyfe', at('2025-07-28'), 'DYFE-2507-01', dyfe.grams, tw.party, undefined, 'by road to Taiyuan'),
    ]);
    w.record(tw.party, filed('2025-08-12'), [s.receive(tw.party, 'rcv-2507-dyfe', at('2025-07-30'), dyfe.alloy, dyfe.grams)]);
    return { world: w, find: {} };
  },
});
