// Estimates (not in shared/DOMAIN.md): the clay concentrate at the catalogue's 92 % REO and
// medium-yttrium, europium-rich mix; the Longnan cascade recovers 95 % of each element (the ionic
// norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cascadeCuts, jianghua, on, south } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-conservation-18',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Jianghua clay miner books its 300 t of concentrate at 60 % REO to stay inside a 250 t REO allocation; the Longnan cascade gets 92 % out of it',
  does: 'A Jianghua (Yongzhou, Hunan) ion-adsorption clay miner of the southern group holds an ionic mining allocation of 250 t REO for 2025. It leaches and precipitates 300 t of medium-yttrium concentrate at the usual 92 % REO (276 t REO) and books the extraction on 2025-08-04 with an assay of 60 % (180 t REO), "wet, low-grade precipitate". It ships the lot whole to the Longnan separator on 08-12; the separator, which pays on its own assay, receives it on 08-13 and runs it through its cascade on 08-20, its single oxides holding 95 % of what the concentrate really held. The miner reports on 09-05, the separator on 09-06.',
  expect: 'A separation whose oxides hold half as much again as its feed was declared to hold, element by element: the understated extraction, its lot, the separation and the miner, some 26 t REO over its allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = south(ctx);
    const jh = jianghua(ctx);
    const grams = tonnes(300);
    const truth = typical('concentrate-ionic-medium-y-eu', grams);
    const declared = scale(truth, 0.6 / 0.92);
    if (reo(declared) > tonnes(250)) throw new Error('the declared lot should fit the allocation');
    w.record(jh.party, on('2025-09-05'), [
      s.extract(jh.party, 'ext-2508-01', at('2025-08-04'), jh.plant, { id: 'JH-2508-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams, composition: declared }, 'assay 60 % REO: wet, low-grade precipitate'),
      s.ship(jh.party, 'shp-2508-01', at('2025-08-12'), 'JH-2508-01', grams, chain.southSeparator, undefined, 'bagged concentrate by road to Longnan'),
    ]);
    const lot = jh.party.lot('JH-2508-01');
    w.record(chain.southSeparator, on('2025-09-06'), [
      s.receive(chain.southSeparator, 'rcv-2508-jh', at('2025-08-13'), lot, grams),
      s.process(chain.southSeparator, 'sep-2508-jh', at('2025-08-20'), [{ lot, massGrams: grams }], cascadeCuts(scale(truth, 0.95), 'LN-2508-JH'), { facility: chain.southPlant, note: 'Jianghua clay concentrate, solvent extraction cascade' }),
    ]);
    return {
      world: w,
      find: {
        parties: [jh.party.id],
        lots: [lot],
        events: [jh.party.event('ext-2508-01'), chain.southSeparator.event('sep-2508-jh')],
      },
    };
  },
});
