// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-identity-28',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'An Anyuan medium-yttrium clay mine books 80 t of concentrate that is 65 % yttria and 1 % lanthana: high-yttrium leach from an unlicensed pit in Longnan',
  does: 'The Anyuan (Ganzhou) clay mine is licensed and allocated for its medium-yttrium, europium-rich deposit, whose concentrate is about a quarter yttria and a quarter lanthana. On 2025-07-06 it books 80 t of concentrate as its own leach and on 07-12 ships it to the Longnan separator, which cuts it on 07-20. The lot\'s assay is that of a Longnan high-yttrium clay: 65 % Y2O3 and 2 % La2O3 of its REO, 89 % heavy rare earths. It was leached in a private pit across the county line in Longnan and trucked to the Anyuan yard at night, to pass under the mine\'s licence and allocation. Everyone reports on time.',
  expect: 'An extraction whose composition is not the mine\'s ore type: the extraction, the concentrate lot and the mine.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const { southSeparator, southPlant } = south(ctx);
    const grams = tonnes(80);
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-06'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams, composition: typical('concentrate-ionic-high-y', grams) }, 'in-situ leach, block 7; ammonium bicarbonate precipitation, calcined'),
      s.ship(ay.party, 'shp-2507-01', at('2025-07-12'), 'AY-2507-01', grams, southSeparator, undefined, 'bulk bags, by road to Longnan'),
    ]);
    const lot = ay.party.lot('AY-2507-01');
    w.record(southSeparator, on('2025-08-06'), [
      s.receive(southSeparator, 'rcv-2507-ay', at('2025-07-13'), lot, grams),
      s.process(southSeparator, 'sep-2507-ay', at('2025-07-20'), [{ lot, massGrams: grams }], ionicCuts(scale({ ...s.lot(lot).composition }, 0.96), 'LN-2507-AY'), { facility: southPlant, note: 'HCl dissolution, P507 cascade' }),
    ]);
    return {
      world: w,
      find: { parties: [ay.party.id], lots: [lot], events: [ay.party.event('ext-2507-01')] },
    };
  },
});
