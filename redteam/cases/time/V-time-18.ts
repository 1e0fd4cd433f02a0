// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): 95 % of the rare earths to
// metal, 2.5 % to fluoride slag kept at the plant.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-time-18',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Hohhot metal smelter files July, August and September in one "quarterly return" on 9 October',
  does: 'A Hohhot metal smelter of the Northern group buys 13 t of NdPr oxide a month from the Baotou separator (shipped on the 5th of July, August and September, received the next day) and reduces each lot in the middle of the month, keeping its slag at the plant. The separator reports each month on the 6th of the next. The smelter, whose statistics office has always filed quarterly returns, enters nothing in July or August and files the whole quarter, nine events, on 2025-10-09.',
  expect: 'July\'s and August\'s events recorded long after the 10th of the following month: the smelter and its July and August receipts and campaigns.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const events: LedgerEvent[] = [];
    const late: string[] = [];
    for (const [month, next] of [['07', '08'], ['08', '09'], ['09', '10']] as const) {
      const shipment = `SEP-2506-NDPR-H${month}`;
      const grams = tonnes(13);
      w.record(r.separator, on(`2025-${next}-06`, '11:00'), [
        s.ship(r.separator, `shp-r28-h${month}`, at(`2025-${month}-05`), 'SEP-2506-NDPR', grams, hh.party, shipment, 'NdPr oxide in 1 t bags, by road to Hohhot'),
      ]);
      const lot = r.separator.lot(shipment);
      events.push(s.receive(hh.party, `rcv-2025${month}-01`, at(`2025-${month}-06`, '09:00'), lot, grams));
      events.push(electrolysis(ctx, hh, `met-2025${month}-01`, at(`2025-${month}-15`), lot, grams, `HH-25${month}-01`, { intoMetal: 0.95, intoSlag: 0.025 }).event);
      if (month !== '09') late.push(hh.party.event(`rcv-2025${month}-01`), hh.party.event(`met-2025${month}-01`));
    }
    w.record(hh.party, on('2025-10-09'), events);
    return { world: w, find: { parties: [hh.party.id], events: late } };
  },
});
