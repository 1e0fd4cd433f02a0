// Estimates (not in shared/DOMAIN.md): the assay of a xenotime-bearing placer monazite (58 % REO, Y2O3 8.7 % of the REO: placer monazites carry 2–4 % and more where xenotime grains report with them); caustic cracking at 96 % with 0.3 t of residue a tonne (rounds 20 and 23).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay } from '../../lib/round8.ts';
import { filed, hainan, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-identity-23',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Hainan placer monazite whose concentrate carries xenotime: 8.7 % yttria and 2 % dysprosia in its REO, sold as monazite concentrate to Wuzhou',
  does: 'The licensed Wenchang (Hainan) zircon-sand company\'s dry mill recovers monazite from a new dredge block where xenotime, a yttrium phosphate that is just as magnetic, reports with it. Its July concentrate assays 58 % REO with Y2O3 8.7 %, Dy2O3 2 % and the other heavy oxides far above a pure monazite\'s, and cerium only 40 % of the REO. It books 150 t on 2025-07-03 under its licence and allocation, with the assay, and ships them on 07-08 to the Wuzhou separator, which cracks them on 07-20 and sends the thorium-bearing residue to the licensed store.',
  expect: 'Nothing: a monazite concentrate with a heavier distribution than the usual, from a real mineral association, declared with its own assay.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const hn = hainan(ctx, { licensed: true });
    const composition = fromAssay(tonnes(150), 0.58, {
      La: 19.0, Ce: 40.0, Pr: 4.6, Nd: 16.5, Sm: 3.0, Eu: 0.1, Gd: 2.4, Tb: 0.4, Dy: 2.0, Ho: 0.4, Er: 1.3, Tm: 0.2, Yb: 1.2, Lu: 0.2, Y: 8.7,
    });
    const lot = monaziteLot('MZ-2507-01', 150, composition);
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill, block D7; assay 58 % REO, Y2O3 8.7 % of REO (xenotime intergrown)'),
      s.ship(hn.party, 'shp-2507-mz', at('2025-07-08'), lot.id, lot.massGrams, xj.wuzhou, undefined, 'bagged, by sea Haikou–Beihai and by road to Wuzhou; assay certificate attached'),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot(lot.id), lot.massGrams,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    return { world: w, find: {} };
  },
});
