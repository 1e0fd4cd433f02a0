// Estimates (not in shared/DOMAIN.md): ionic feed at 92 % REO (the catalogue's grade), cascade recovery
// 96 % (the ionic norm is > 94 %); the drained Tb–Dy–Ho section held at 95 % REO.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ionicCuts } from '../../lib/round26.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, on, south } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-conservation-15',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Longnan cascade puts out twice the terbium of its July feed: the Tb–Dy section drained in June for maintenance goes back in',
  does: 'The Longnan separator imports 100 t of Myanmar high-yttrium concentrate on 2025-06-02 and runs it on 06-09. Its terbium–dysprosium–holmium section is due for a mixer-settler relining, so instead of finishing those three it drains the section into drums and books them as a heavy rare earth enriched oxide lot; every other line gives its single oxides. In July it imports 60 t more (07-02) and on 07-09 runs them together with the drained enriched oxide: July\'s terbium, dysprosium and holmium oxides hold far more than the 60 t of July feed carried, exactly what the drums brought back. It reports June on 07-06 and July on 08-06.',
  expect: 'Nothing: the July campaign consumes the June intermediate lot; terbium in equals terbium out over the two months and within each campaign.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = south(ctx);
    const ln = chain.southSeparator;
    const juneGrams = tonnes(100);
    const juneImport = s.import(ln, 'imp-2506-r27', at('2025-06-02'), { id: 'MM-2506-R27', product: 'concentrate-ionic-high-y', massGrams: juneGrams }, 'MM', '530620251000226531');
    const juneRecovered = scale(s.lot(ln.lot('MM-2506-R27')).composition, 0.96);
    const held = pick(juneRecovered, ['Tb', 'Dy', 'Ho']);
    const juneOut = [
      ...ionicCuts(subtract(juneRecovered, held), 'LN-2506-R27'),
      { id: 'LN-2506-R27-TBDYHO', product: 'mixed-oxide-heavy', massGrams: oxideMass(held, 0.95), composition: held },
    ];
    w.record(ln, on('2025-07-06'), [
      juneImport,
      s.process(ln, 'sep-2506-r27', at('2025-06-09'), [{ lot: 'MM-2506-R27', massGrams: juneGrams }], juneOut, { facility: chain.southPlant, note: 'Tb–Dy–Ho section drained to drums before relining of the mixer-settlers; held as enriched oxide' }),
    ]);
    const julyGrams = tonnes(60);
    const julyImport = s.import(ln, 'imp-2507-r27', at('2025-07-02'), { id: 'MM-2507-R27', product: 'concentrate-ionic-high-y', massGrams: julyGrams }, 'MM', '530620251000318842');
    const heldLot = ln.lot('LN-2506-R27-TBDYHO');
    const heldGrams = s.lot(heldLot).massGrams;
    const julyFeed = scale(s.lot(ln.lot('MM-2507-R27')).composition, 0.96);
    const returned = scale(feedOf(ctx, [{ lot: heldLot, massGrams: heldGrams }]), 0.99);
    const julyOut = ionicCuts({ ...julyFeed, Tb: julyFeed.Tb! + returned.Tb!, Dy: julyFeed.Dy! + returned.Dy!, Ho: julyFeed.Ho! + returned.Ho! }, 'LN-2507-R27');
    w.record(ln, on('2025-08-06'), [
      julyImport,
      s.process(ln, 'sep-2507-r27', at('2025-07-09'), [{ lot: 'MM-2507-R27', massGrams: julyGrams }, { lot: 'LN-2506-R27-TBDYHO', massGrams: heldGrams }], julyOut, { facility: chain.southPlant, note: 'relined Tb–Dy–Ho section restarted with the June drums fed back at the section head' }),
    ]);
    return { world: w, find: {} };
  },
});
