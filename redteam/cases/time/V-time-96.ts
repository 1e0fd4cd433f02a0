import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, sale, smallSeparator } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-time-96',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A separator over its year\'s allocation dates its December campaign 4 January, yet ships the campaign\'s NdPr oxide on 29 December',
  does: 'A small Baotou separator of the Northern group holds a 2025 separation allocation of 600 t REO. It separates 500 t of Bayan Obo concentrate (250 t REO) in October and 600 t (300 t REO) in November. In December it receives 400 t more (200 t REO) on 12-16 and runs it at once, but with the year\'s allocation spent it records the campaign as run on 2026-01-04, so that the 200 t REO count against 2026. Its December report (filed 2026-01-06) shows the receipt, the "January" separation and, dated 2025-12-29, a 20 t sale of the campaign\'s NdPr oxide to the metal smelter, which books the receipt on 12-30.',
  expect: 'A separation dated into the next quota year whose product was shipped and received before it was made; the separator\'s 2025 separation is really 750 t REO against 600. The campaign, its NdPr oxide, the shipment and the separator.',
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
      extract: '2025-12-03', ship: '2025-12-15', receive: '2025-12-16', separate: '2026-01-04', residue: '2026-01-05', residueIn: '2026-01-06', residuePlaced: '2026-01-07',
    }, 400, at('2026-01-05', '10:00'), at('2026-01-08', '10:00'));
    const ndpr = dec.plan.byProduct['oxide-ndpr']!;
    const sold = sale(ctx, sep.party, r.smelter, ndpr.id, tonnes(20), `${ndpr.id}-S1`, '2512-xdndpr', at('2025-12-29', '15:00'), at('2025-12-30', '10:00'));
    w.record(sep.party, at('2026-01-06', '10:00'), [...dec.events, sold.ship]);
    w.record(r.smelter, at('2026-01-07', '10:00'), [sold.receive]);
    return {
      world: w,
      find: {
        events: [sep.party.event('sep-2512-xd'), sep.party.event('shp-2512-xdndpr')],
        lots: [sep.party.lot(ndpr.id), sold.lot],
        parties: [sep.party.id],
      },
    };
  },
});
