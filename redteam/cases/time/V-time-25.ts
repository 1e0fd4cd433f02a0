// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay concentrate (92 % REO); a 96 % cascade recovery with no residue booked (heavy.ts).
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cenxiOutput, filed, wuzhouClayRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-time-25',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A newly licensed Cenxi clay mine books its June leach as extracted at 08:00 on 1 July, the licence\'s first hour; the separator received the concentrate on 26 June',
  does: 'The Cenxi clay mine was designated in June 2025 and its mining licence took effect on 2025-07-01. Its in-situ leach fields ran through June regardless, and on 06-25 it trucked 120 t of concentrate to the Wuzhou separator of its group. In its first report, filed on 07-03, it books the 120 t as extracted at 08:00 on 07-01 and shipped at 14:00 the same day. The separator, which had nothing to hide, reports June on 07-06: the receipt on 06-26 and the cascade run on 06-30.',
  expect: 'An extraction dated into the licence that the buyer received, and separated, before the extraction\'s own date: the extraction, the shipment, the concentrate lot and the mine.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx, { cenxiLicenceFrom: '2025-07-01' });
    const out = cenxiOutput(ctx, xj, '2507', 120, at('2025-07-01'), at('2025-07-01', '14:00'), xj.wuzhou);
    w.record(xj.cenxi, filed('2025-07-03'), out.events);
    const run = wuzhouClayRun(ctx, xj.wuzhou, xj.wuzhouPlant, '2506-cx', out.lot, out.grams, at('2025-06-26'), at('2025-06-30'));
    w.record(xj.wuzhou, filed('2025-07-06'), run.events);
    return {
      world: w,
      find: { parties: [xj.cenxi.id], lots: [out.lot], events: [xj.cenxi.event('ext-2507'), xj.cenxi.event('shp-2507')] },
    };
  },
});
