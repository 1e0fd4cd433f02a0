// Estimates (not in shared/DOMAIN.md): the bench's assay; 96 % cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, clayConcentrate, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-identity-28',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'An Anyuan clay mine\'s new block gives concentrate with 1.25 % europia and only 21.5 % yttria, at the lean edge of its type',
  does: 'The Anyuan (Ganzhou) clay mine, licensed and allocated for its medium-yttrium, europium-rich deposit, opens block 9 on the weathered granite\'s upper slope, where the clay carries more europium and less yttrium than the mine\'s average. The 60 t of concentrate it books on 2025-07-06 assay 21.5 % Y2O3 and 1.25 % Eu2O3 of their REO (the mine\'s average is about 26 % and 0.9 %), within the type\'s Y2O3 > 20 % and Eu2O3 > 0.5 %. It ships them on 07-12 to the Longnan separator, which cuts them on 07-20. Everyone reports on time.',
  expect: 'Nothing: a bench that differs from the mine\'s average but is of the mine\'s ore type, booked as what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const { southSeparator, southPlant } = south(ctx);
    const grams = tonnes(60);
    const lotSpec = clayConcentrate('AY-2507-01', grams, { La: 29.3, Ce: 3.5, Pr: 6.2, Nd: 19.5, Sm: 4.6, Eu: 1.25, Gd: 5.0, Tb: 0.7, Dy: 3.6, Ho: 0.7, Er: 2.0, Tm: 0.28, Yb: 1.6, Lu: 0.27, Y: 21.5 });
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-06'), ay.mine, lotSpec, 'in-situ leach, block 9; ammonium bicarbonate precipitation, calcined'),
      s.ship(ay.party, 'shp-2507-01', at('2025-07-12'), 'AY-2507-01', grams, southSeparator, undefined, 'bulk bags, by road to Longnan'),
    ]);
    const lot = ay.party.lot('AY-2507-01');
    w.record(southSeparator, on('2025-08-06'), [
      s.receive(southSeparator, 'rcv-2507-ay', at('2025-07-13'), lot, grams),
      s.process(southSeparator, 'sep-2507-ay', at('2025-07-20'), [{ lot, massGrams: grams }], ionicCuts(scale({ ...s.lot(lot).composition }, 0.96), 'LN-2507-AY'), { facility: southPlant, note: 'HCl dissolution, P507 cascade' }),
    ]);
    return { world: w, find: {} };
  },
});
