import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

/** The weekly stockpile surveys, by the month whose report carries them. */
const SURVEYS: readonly (readonly [string, readonly string[]])[] = [
  ['2025-07', ['2025-07-09', '2025-07-16', '2025-07-23', '2025-07-30']],
  ['2025-08', ['2025-08-06', '2025-08-13', '2025-08-20', '2025-08-27']],
  ['2025-09', ['2025-09-03', '2025-09-10', '2025-09-17', '2025-09-24']],
];
const REPORT_DAY: Record<string, string> = { '2025-07': '2025-08-05', '2025-08': '2025-09-05', '2025-09': '2025-10-05' };

export default defineCase({
  id: 'V-conservation-50',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A dried concentrate stockpile that "loses moisture" every week for three months',
  does: 'On 2025-07-02 the Dongshan miner puts 600 t of Bayan Obo flotation concentrate, already through the rotary dryer (under 1 % moisture), on a covered winter stockpile in its yard. Every Wednesday from 07-09 to 09-24 its stockpile survey books a stock-count adjustment of −0.6 %, "moisture evaporation and wind loss": twelve entries of 3.4 t to 3.6 t, each unremarkable, together 42 t of concentrate (21 t REO, 7 % of the pile). The 42 t went out at night in hired trucks to an unlicensed cracking plant in Hebei. On 09-26 the remaining 558 t are shipped to the separator, which receives them on 09-27. Every month is reported on the 5th.',
  expect: 'Repeated small stock losses that add up: twelve weekly write-offs of a dried concentrate lot total 7 % of it, far beyond any moisture it could hold; the adjustments, the stockpile lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const pile = 'BC-2507-02';
    const pileLot = r.miner.lot(pile);
    const adjustIds: string[] = [];
    for (const [month, days] of SURVEYS) {
      const events: LedgerEvent[] = [];
      if (month === '2025-07') events.push(s.extract(r.miner, 'ext-2507-02', at('2025-07-02'), r.mine, { id: pile, product: 'concentrate-bayan-obo', massGrams: tonnes(600) }, 'dried concentrate to the covered winter stockpile'));
      for (const [index, surveyDay] of days.entries()) {
        const id = `adj-${month.slice(2).replace('-', '')}-${index + 1}`;
        adjustIds.push(id);
        const loss = Math.round(s.lot(pileLot).massGrams * 0.006);
        events.push(s.adjust(r.miner, id, at(surveyDay, '17:00'), pile, -loss, 'weekly stockpile survey: moisture evaporation and wind loss'));
      }
      if (month === '2025-09') events.push(s.ship(r.miner, 'shp-2509-02', at('2025-09-26', '14:30'), pile, s.lot(pileLot).massGrams, r.separator, undefined, 'rail wagons 5102–5112'));
      w.record(r.miner, at(REPORT_DAY[month]!, '10:00'), events);
    }
    w.record(r.separator, at('2025-10-06', '10:00'), [s.receive(r.separator, 'rcv-2509-02', at('2025-09-27', '09:00'), pileLot, s.lot(pileLot).massGrams)]);
    return {
      world: w,
      find: { lots: [pileLot], events: adjustIds.map((id) => r.miner.event(id)), parties: [r.miner.id] },
    };
  },
});
