// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium distribution (lutetium 0.3 % of
// the REO); the licence and its dates are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence23, lutetiumToXiamen, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-time-33',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Xiamen house holds its lutetium oxide until its licence is granted on 15 August, though the certificate reads "valid from 1 August", and exports on the 18th',
  does: 'A Xiamen trading house buys 0.35 t of lutetium oxide from the Changting separator (received 2025-07-27) for a French maker of scintillator crystals for PET scanners, and applies for a dual-use licence. MOFCOM grants it on 08-15; the certificate reads "valid from 2025-08-01", the date the contract asked for, and the registry enters it in force from 08-15, when it was granted. The house waits for the certificate in hand and exports 0.3 t to France on 08-18, citing it. August is reported on 09-05.',
  expect: 'Nothing: the export is made under a licence in force on its day, inside its scope and quantity; a validity written back to the 1st covers nothing here, since nothing was exported before the grant.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { exporter, lot } = lutetiumToXiamen(ctx);
    const licence = exportLicence23(ctx, exporter, 'RT23-EXP-XY-LU', ['oxide-lu'], ['Lu'], '2025-08-01', '2026-07-31', 0.5, '2025-08-15T00:00:00+08:00');
    w.record(exporter, on('2025-09-05'), [
      s.export(exporter, 'exp-2508-lu', at('2025-08-18', '15:00'), lot, tonnes(0.3), 'FR', { licence, customsDeclaration: '370120250800029951' }),
    ]);
    return { world: w, find: {} };
  },
});
