// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium distribution (lutetium 0.3 % of
// the REO); the licence and its dates are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence23, lutetiumToXiamen, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-time-33',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Lutetium oxide exported on 8 August on a licence MOFCOM granted on the 15th, its certificate dated "valid from 1 August"',
  does: 'A Xiamen trading house buys 0.35 t of lutetium oxide from the Changting separator (received 2025-07-27) for a French maker of scintillator crystals for PET scanners, and applies for a dual-use licence. Its customer will not wait: on 08-08 it exports 0.3 t to France, citing the number of the licence it has applied for. MOFCOM grants the licence on 08-15; at the house\'s request, to match the contract, the certificate reads "valid from 2025-08-01", and the registry enters it so, in force from 08-15, when it was granted. August is reported on 09-05.',
  expect: 'An export of a controlled oxide a week before its licence existed: judged by the registry as it stood on 8 August, no licence covered it, whatever date the certificate was written back to. The export, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { exporter, lot } = lutetiumToXiamen(ctx);
    const licence = exportLicence23(ctx, exporter, 'RT23-EXP-XY-LU', ['oxide-lu'], ['Lu'], '2025-08-01', '2026-07-31', 0.5, '2025-08-15T00:00:00+08:00');
    w.record(exporter, on('2025-09-05'), [
      s.export(exporter, 'exp-2508-lu', at('2025-08-08', '15:00'), lot, tonnes(0.3), 'FR', { licence, customsDeclaration: '370120250800027714' }),
    ]);
    return { world: w, find: { parties: [exporter.id], events: [exporter.event('exp-2508-lu')], lots: [lot] } };
  },
});
