import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-21',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Dysprosium exported on a borrowed licence number',
  does: 'The Shanghai trading house holds a dual-use licence for up to 5 t REO of dysprosium oxide (2025-07-01 to 2026-06-30). The Beijing trader, registered for trade and export but holding no export licence of its own, buys 2 t of Dy oxide from the Longnan separator in July 2025 and exports it to Korea on 07-25 under its own name, writing the Shanghai house\'s licence number on the declaration (a "borrowed licence": the Shanghai house is paid a fee and never touches the goods).',
  expect: 'An export of a controlled element citing a licence held by another party; the export event, the Dy lot and the Beijing trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.trader, { roles: ['trader', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.trader, '2025-07', '2507-dy');
    w.record(r.trader, at('2025-08-08', '10:00'), [
      s.export(r.trader, 'exp-2507-dy', at('2025-07-25'), lot, tonnes(2), 'KR', { licence, customsDeclaration: '010120250700052214' }),
    ]);
    return { world: w, find: { parties: [r.trader.id], events: [r.trader.event('exp-2507-dy')], lots: [lot] } };
  },
  refusalAcceptable: true,
});
