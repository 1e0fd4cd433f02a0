// Estimates (not in shared/DOMAIN.md): Tb4O7 → Tb metal at 97 % (calcium reduction); metal at 99 % Tb.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, exportLicence, on, terbiumToDalian } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-licences-27',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Dalian house exports 1.95 t of terbium metal on a dual-use licence for 2 t REO: 2.27 t REO once the metal is counted as oxide',
  does: 'A Dalian trading and export house holds a dual-use export licence for terbium metal, 2 t REO, valid 2025-07-01 to 2026-06-30. It buys 1.95 t of terbium metal from a Nanchang heavy rare earth metal works, reduced from Longnan Tb4O7 (shipped 07-28, received 07-31), and on 08-12 exports all of it to a Japanese magnet maker in one consignment, citing the licence. Its export clerk read "2 t" as the weight of the goods; but licences for rare earths are written in tonnes of oxide, and 1.95 t of 99 % terbium metal is 2.27 t of Tb4O7. The house reports August on 09-05.',
  expect: 'An export beyond its licence\'s quantity: 13 % more terbium than the licence covers. The export, the metal lot and the house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const dl = dalian(ctx);
    const licence = exportLicence(ctx, dl, 'RT26-EXP-DL-TB', '2025-07-01', '2026-06-30', 2, ['metal-tb'], ['Tb']);
    const metal = terbiumToDalian(ctx, dl, 1.95);
    w.record(dl, on('2025-09-05'), [
      s.export(dl, 'exp-2508-tb', at('2025-08-12'), metal.lot, metal.grams, 'JP', { licence, customsDeclaration: '090220250800041735', note: 'terbium metal 99.9 %, HS 2805.3013' }),
    ]);
    return {
      world: w,
      find: { parties: [dl.id], lots: [metal.lot], events: [dl.event('exp-2508-tb')] },
    };
  },
});
