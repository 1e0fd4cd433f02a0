import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-flows-97',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide bought "for grain-boundary diffusion" leaves for Korea unopened four days later, with no licence',
  does: 'The Ningbo magnet maker, registered also as an exporter for its magnet sales, buys 1.5 t of dysprosium oxide from the Longnan separator in July 2025 for a diffusion line it says it is commissioning (received 07-16). On 07-20 it exports the same drums, unopened, to a Busan trading company as "diffusion source material, order cancelled", citing no licence. Dysprosium oxide needs a dual-use licence since 2025-04-04; the domestic buyer was a front for the export.',
  expect: 'An unlicensed export of a controlled oxide by a buyer that never processed it; the export, the lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(1.5), r.magnets, '2025-07', '2507-dy');
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.export(r.magnets, 'exp-2507-dy', at('2025-07-20', '10:00'), lot, tonnes(1.5), 'KR', { customsDeclaration: '310420250700088812', note: 'diffusion source material, order cancelled' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('exp-2507-dy')], lots: [lot], parties: [r.magnets.id] } };
  },
});
