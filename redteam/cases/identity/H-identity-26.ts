// Estimates (not in shared/DOMAIN.md): the REO distribution of the Brazilian clay concentrate (the
// producer publishes its product as a mixed ionic-clay carbonate rich in Nd, Pr, Dy and Tb; the
// shares here are of the medium-yttrium type DOMAIN.md describes: Y2O3 > 20 %, Eu2O3 > 0.5 %);
// 92 % REO; 96 % cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayConcentrate, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-identity-26',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Ion-adsorption clay concentrate from Goiás, Brazil, imported through Shanghai and cut at Longnan: clay feed from a country with no clay mines until 2024',
  does: 'The Longnan separator imports 150 t of ion-adsorption clay concentrate from a Brazilian producer in Goiás, which began shipping from its clay deposit in 2024: the cargo lands at Shanghai and is cleared on 2025-08-04 with its customs declaration, then trucked to Longnan. Its assay is of the medium-yttrium type, 28 % Y2O3 of the REO with 0.6 % Eu2O3 and 21 % Nd2O3. On 08-12 the separator dissolves it and cuts it into single oxides at 96 %, on its ionic allocation. It reports August on 09-05.',
  expect: 'Nothing: an unusual origin, but a real one, declared with its customs entry; the feed is the clay concentrate its label says and is separated on an ionic allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { southSeparator, southPlant } = south(ctx);
    const grams = tonnes(150);
    const lot = clayConcentrate('BR-2508-01', grams, { La: 24.0, Ce: 5.0, Pr: 6.0, Nd: 21.0, Sm: 3.6, Eu: 0.6, Gd: 3.4, Tb: 0.6, Dy: 3.3, Ho: 0.6, Er: 1.8, Tm: 0.25, Yb: 1.5, Lu: 0.25, Y: 28.1 });
    const imp = s.import(southSeparator, 'imp-2508-br', at('2025-08-04', '14:00'), lot, 'BR', '220120250800061532');
    const outputs = ionicCuts(scale({ ...s.lot(southSeparator.lot('BR-2508-01')).composition }, 0.96), 'LN-2508-BR');
    w.record(southSeparator, on('2025-09-05'), [
      imp,
      s.process(southSeparator, 'sep-2508-br', at('2025-08-12'), [{ lot: 'BR-2508-01', massGrams: grams }], outputs, { facility: southPlant, note: 'Brazilian ionic clay concentrate (Goiás), via Shanghai; HCl dissolution, P507 cascade; declared to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
