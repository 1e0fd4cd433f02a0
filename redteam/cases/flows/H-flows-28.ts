// Estimates (not in shared/DOMAIN.md): the Lao cargo's assay (a medium-yttrium clay of its own); 96 %
// cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, clayConcentrate, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-flows-28',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A flood washes 2.5 t of concentrate out of the Anyuan mine\'s shed; four weeks later the Longnan separator imports 150 t of Lao clay concentrate of an assay of its own',
  does: 'The Anyuan (Ganzhou) clay mine books 200 t of medium-yttrium concentrate on 2025-07-03 and ships 190 t to the Longnan separator on 07-12, which cuts it on 07-20. On the night of 07-20 the Zhen river floods the mine\'s stockpile shed; of the 10 t left, 2.5 t of bags burst and wash out, and the mine writes them off on 07-21 against the county flood-damage report. On 08-18 the Longnan separator imports 150 t of Lao clay concentrate through Mohan with its customs declaration, an ore of the same broad type but its own assay (27 % Y2O3, 5.2 % Dy2O3 of the REO), and cuts it on 08-25. Everyone reports on time.',
  expect: 'Nothing: a small flood loss at a mine and an unrelated import at a separator, of another weight and another composition; nothing reappears.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const { southSeparator, southPlant } = south(ctx);
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-03'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: tonnes(200) }, 'in-situ leach, ammonium bicarbonate precipitation, calcined'),
      s.ship(ay.party, 'shp-2507-01', at('2025-07-12'), 'AY-2507-01', tonnes(190), southSeparator, 'AY-2507-01-S1', 'bulk bags, by road to Longnan'),
      s.adjust(ay.party, 'adj-2507-01', at('2025-07-21', '17:00'), 'AY-2507-01', -tonnes(2.5), 'flood of 20 July: 2.5 t of bagged concentrate burst and washed out of the stockpile shed; Anyuan county flood-damage report 2025-07-21'),
    ]);
    const received = ay.party.lot('AY-2507-01-S1');
    w.record(southSeparator, on('2025-08-06'), [
      s.receive(southSeparator, 'rcv-2507-ay', at('2025-07-13'), received, tonnes(190)),
      s.process(southSeparator, 'sep-2507-ay', at('2025-07-20'), [{ lot: received, massGrams: tonnes(190) }], ionicCuts(scale({ ...s.lot(received).composition }, 0.96), 'LN-2507-AY'), { facility: southPlant, note: 'HCl dissolution, P507 cascade' }),
    ]);
    const lao = clayConcentrate('LA-2508-01', tonnes(150), { La: 22, Ce: 4, Pr: 5, Nd: 18, Sm: 4.5, Eu: 0.8, Gd: 5.5, Tb: 0.9, Dy: 5.2, Ho: 1.0, Er: 2.8, Tm: 0.4, Yb: 2.4, Lu: 0.35, Y: 27.15 });
    const imp = s.import(southSeparator, 'imp-2508-la', at('2025-08-18', '11:00'), lao, 'LA', '864720250800035120');
    const lot = southSeparator.lot('LA-2508-01');
    w.record(southSeparator, on('2025-09-05'), [
      imp,
      s.process(southSeparator, 'sep-2508-la', at('2025-08-25'), [{ lot: 'LA-2508-01', massGrams: tonnes(150) }], ionicCuts(scale({ ...s.lot(lot).composition }, 0.96), 'LN-2508-LA'), { facility: southPlant, note: 'Lao ionic concentrate via Mohan; HCl dissolution, P507 cascade; declared to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
