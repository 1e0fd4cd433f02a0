import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-residues-27',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'An Anyuan clay mine leaches in situ: 55 t of concentrate in July, no ore dug and no tailings to place',
  does: 'The Anyuan (Ganzhou) clay mine works its block 6 by in-situ leaching: ammonium sulphate solution is injected through some 1,200 holes into the weathered hillside, the rare earth liquor is collected in drainage tunnels at its foot and precipitated and calcined at the mine. No ore is dug and no leached clay is moved; the hillside stays where it is and is restored under the county\'s reclamation plan. On 2025-07-25 the mine books the month\'s 55 t of concentrate, about a twelfth of its 600 t REO allocation, and on 08-02 ships it to the Longnan separator (received 08-03). It reports July on 08-05 and August on 09-05.',
  expect: 'Nothing: in-situ leaching leaves no tailings lot to dispose of, and the concentrate is the whole of what the mine books.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const { southSeparator } = south(ctx);
    const grams = tonnes(55);
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-25'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams },
        'in-situ leach of block 6: ammonium sulphate injected through 1,200 holes, liquor from the drainage tunnels precipitated with ammonium bicarbonate and calcined; no ore dug, no tailings'),
    ]);
    w.record(ay.party, on('2025-09-05'), [s.ship(ay.party, 'shp-2508-01', at('2025-08-02'), 'AY-2507-01', grams, southSeparator, undefined, 'bulk bags, by road to Longnan')]);
    w.record(southSeparator, on('2025-09-06'), [s.receive(southSeparator, 'rcv-2508-ay', at('2025-08-03'), ay.party.lot('AY-2507-01'), grams)]);
    return { world: w, find: {} };
  },
});
