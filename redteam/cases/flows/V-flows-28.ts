// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-flows-28',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: '120 t of Anyuan concentrate "washed away by the flood" reappear nine days later at the Longnan separator as a Lao import of the same weight and the same assay',
  does: 'The Anyuan (Ganzhou) clay mine books 200 t of medium-yttrium concentrate on 2025-07-03 and ships 80 t to the Longnan separator on 07-12. On 07-21 it writes the other 120 t off its books, "stockpile shed washed out in the flood of 20 July, concentrate lost to the river". On 07-30 the Longnan separator, 60 km away, books an import of 120 t of "Lao ionic concentrate" with a customs declaration bought from a border broker at Mohan; the lot\'s element-by-element assay is the Anyuan stockpile\'s to the gram. It was never washed away: it was trucked to Longnan at night and paid for in cash, and as an import it needs no mining quota and carries no mine\'s label. The separator cuts both lots on 08-08. Everyone reports on time.',
  expect: 'A write-off at the mine and an import at the separator that are the same material: the write-off, the import, the imported lot, the mine and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const { southSeparator, southPlant } = south(ctx);
    const extract = s.extract(ay.party, 'ext-2507-01', at('2025-07-03'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: tonnes(200) }, 'in-situ leach, ammonium bicarbonate precipitation, calcined');
    const ship = s.ship(ay.party, 'shp-2507-01', at('2025-07-12'), 'AY-2507-01', tonnes(80), southSeparator, 'AY-2507-01-S1', 'bulk bags, by road to Longnan');
    const stockpile = { ...s.lot(ay.party.lot('AY-2507-01')).composition };
    w.record(ay.party, on('2025-08-05'), [
      extract, ship,
      s.adjust(ay.party, 'adj-2507-01', at('2025-07-21', '17:00'), 'AY-2507-01', -tonnes(120), 'stockpile shed washed out in the flood of 20 July; concentrate lost to the river'),
    ]);
    const received = ay.party.lot('AY-2507-01-S1');
    w.record(southSeparator, on('2025-08-06'), [
      s.receive(southSeparator, 'rcv-2507-ay', at('2025-07-13'), received, tonnes(80)),
      s.import(southSeparator, 'imp-2507-la', at('2025-07-30', '11:00'), { id: 'LA-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: tonnes(120), composition: stockpile }, 'LA', '864720250700031877'),
    ]);
    const imported = southSeparator.lot('LA-2507-01');
    const feed = scale({ ...s.lot(received).composition }, 1);
    const both = Object.fromEntries(Object.entries(feed).map(([k, v]) => [k, (v ?? 0) + (s.lot(imported).composition[k as keyof typeof feed] ?? 0)]));
    w.record(southSeparator, on('2025-09-05'), [
      s.process(southSeparator, 'sep-2508-01', at('2025-08-08'), [{ lot: received, massGrams: tonnes(80) }, { lot: imported, massGrams: tonnes(120) }], ionicCuts(scale(both, 0.96), 'LN-2508-01'), { facility: southPlant, note: 'HCl dissolution, P507 cascade; domestic and imported feed in one campaign' }),
    ]);
    return {
      world: w,
      find: {
        parties: [ay.party.id, southSeparator.id],
        lots: [imported, ay.party.lot('AY-2507-01')],
        events: [ay.party.event('adj-2507-01'), southSeparator.event('imp-2507-la')],
      },
    };
  },
});
