// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay mix for the Lao feed; 96 % cascade recovery (heavy.ts).
import type { Composition } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { baiyinLaoRun, baiyinSeparator, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-conservation-37',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Baiyin separator cuts 200 t of Lao clay concentrate into 55 % more dysprosium and terbium oxide than the cargo held',
  does: 'A Baiyin (Gansu) separator of the Northern group imports 200 t of Lao medium-yttrium ion-adsorption concentrate on 2025-07-03 and runs it through its cascade on 07-15. Every element comes out at 96 % but dysprosium and terbium, which come out at about 155 % of what the cargo held: some 3.5 t of dysprosium and 0.6 t of terbium more, from smuggled Myanmar Dy2O3 and Tb4O7 dissolved into the same batch. The surplus leaves as ordinary cascade product: 6 t of the Dy oxide go to the Ningbo magnet maker on 07-25.',
  expect: 'A separation whose dysprosium and terbium outputs exceed the feed\'s by half while every other element closes: the process, the Dy and Tb oxide lots (and the Dy shipment to Ningbo), and the separator.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2025-06');
    const by = baiyinSeparator(ctx);
    const run = baiyinLaoRun(ctx, by, {
      tonnes: 200,
      recovered: (feed: Composition) => {
        const out = scale(feed, 0.96);
        out.Dy = Math.floor((feed.Dy ?? 0) * 1.55);
        out.Tb = Math.floor((feed.Tb ?? 0) * 1.55);
        return out;
      },
    });
    const dy = run.lots['oxide-dy']!;
    const shipped = sell24(ctx, by.party, r.magnets, {
      lot: dy, grams: tonnes(6), tag: 'NB1', shipAt: at('2025-07-25'), receiveAt: at('2025-07-28'),
      sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-08', '11:00'), sellerBefore: run.events, note: 'Dy2O3 99.5 %, 50 kg drums',
    });
    return {
      world: ctx.w,
      find: { parties: [by.party.id], lots: [dy, run.lots['oxide-tb']!, shipped], events: [by.party.event('sep-2507-lao')] },
    };
  },
});
