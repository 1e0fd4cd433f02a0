import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, sale, smallSeparator } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-time-96',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A December feed train received on 30 December and separated on 5 January, counted in the new year\'s allocation',
  does: 'A small Baotou separator of the Northern group holds a 2025 separation allocation of 600 t REO. It separates 500 t of Bayan Obo concentrate (250 t REO) in October and 600 t (300 t REO) in November. Its December train of 400 t arrives on 12-30, after the plant has stopped for the year-end maintenance; the feed sits in the yard and is separated on 2026-01-05, its first NdPr oxide sold to the metal smelter on 01-09. December\'s report (2026-01-06) shows only the receipt; January\'s (02-06) the campaign and the sale.',
  expect: 'Nothing: separation counts when the feed is separated; 550 t REO in 2025 and 200 t in 2026, each inside its year\'s allocation, every product made before it moves.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = smallSeparator(ctx, { quota: 600 });
    for (const [month, next, t] of [['2025-10', '2025-11', 500], ['2025-11', '2025-12', 600]] as const) {
      const run = feedAndSeparate(ctx, sep, month.slice(2).replace('-', ''), monthDays(month), t, at(`${next}-05`, '10:00'), at(`${next}-07`, '10:00'));
      w.record(sep.party, at(`${next}-06`, '10:00'), run.events);
    }
    const dec = feedAndSeparate(ctx, sep, '2512', {
      extract: '2025-12-10', ship: '2025-12-29', receive: '2025-12-30', separate: '2026-01-05', residue: '2026-01-10', residueIn: '2026-01-11', residuePlaced: '2026-01-12',
    }, 400, at('2026-01-05', '10:00'), at('2026-02-07', '10:00'));
    const ndpr = dec.plan.byProduct['oxide-ndpr']!;
    const sold = sale(ctx, sep.party, r.smelter, ndpr.id, tonnes(20), `${ndpr.id}-S1`, '2601-xdndpr', at('2026-01-09', '15:00'), at('2026-01-10', '10:00'));
    w.record(sep.party, at('2026-01-06', '10:00'), [dec.events[0]!]);
    w.record(sep.party, at('2026-02-06', '10:00'), [dec.events[1]!, dec.events[2]!, sold.ship]);
    w.record(r.smelter, at('2026-02-07', '11:00'), [sold.receive]);
    return { world: w, find: {} };
  },
});
