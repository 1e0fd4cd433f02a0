import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-05',
  family: 'licences',
  violation: false,
  heldOut: false,
  title: 'Holmium oxide exported while its control is suspended',
  does: 'In January 2026 the exporter buys 1 t of holmium oxide from the Longnan separator and exports it to Korea without a licence. Holmium was added to the controls by the announcements of 2025-10-09, whose application Announcement 70 suspended until 2026-11-10.',
  expect: 'Nothing: the control on Ho was suspended on the day of export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2026-01', '2601');
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', tonnes(1), r.exporter, '2026-01', '2601-ho');
    w.record(r.exporter, at('2026-02-08', '10:00'), [
      s.export(r.exporter, 'exp-2601-ho', at('2026-01-20'), lot, tonnes(1), 'KR', { customsDeclaration: '220120260100003344' }),
    ]);
    return { world: w, find: {} };
  },
});
