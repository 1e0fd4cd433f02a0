import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-90',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A trading company deregistered with 3 t of dysprosium oxide still on its books',
  does: 'A Ganzhou trading company registered in the system buys 3 t of Dy2O3 from the Longnan separator (shipped 2025-07-15, received 07-16) and files July on time. In August the oxide leaves by truck for the Guangxi border and is smuggled into Vietnam; the company records nothing more, applies to close, and is deregistered from 2025-09-01. Its books end with 3 t of dysprosium oxide in stock that nobody shipped, sold, exported or lost: a shell that closes takes the stock with it.',
  expect: 'A party deregistered while it still holds stock of a controlled oxide, with no event moving it out: the trading company and its dysprosium lot.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const shell = w.party('ganzhou-shell', { kind: 'enterprise', roles: ['trader'], nameZh: '赣州章江稀土贸易有限公司', nameEn: 'Ganzhou Zhangjiang Rare Earth Trading Co.', region: '360700' });
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), shell, '2025-07', '2507-zj');
    w.amendParty(shell, { status: 'deregistered', since: '2025-09-01T00:00:00+08:00' });
    return {
      world: w,
      find: { parties: [shell.id], lots: [lot] },
    };
  },
});
