// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay; 96 % cascade recovery (heavy.ts); 75 % of the yttrium and europium into good phosphor, 23.5 % into an off-specification batch, 1.5 % lost; the recycler gets 97 % of it back as oxides, 2 % in a small leach residue.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { filed, redPhosphorRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-residues-24',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Changchun phosphor works sends 3.5 t of off-specification red phosphor to the Ganzhou recycler, which dissolves it back into yttrium and europium oxides',
  does: 'A Changchun (Jilin) lamp-phosphor works buys 14 t of Y2O3 and 1 t of Eu2O3 from the Wuzhou separator (received 2025-07-26) and on 08-05 fires them into Y2O3:Eu red phosphor; one batch of 3.5 t fails its brightness test. It does not throw it away: on 08-16 it ships the batch to the licensed Ganzhou recycler (received 08-19), which dissolves it on 08-22, recovers 97 % of the yttrium and europium as oxides, and sends the 1 t leach residue to the licensed Baotou store with its other residues. The good powder, 11.2 t, goes to a lamp maker (11 t delivered on 08-15).',
  expect: 'Nothing: off-specification product returned to the chain through a licensed recycler, its small residue placed under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const run = redPhosphorRun(ctx, xj);
    const { party } = run.works;
    w.record(party, filed('2025-08-08'), run.receipts);
    w.record(party, filed('2025-09-03'), [
      run.campaign,
      deliver('dlv-2508-red', at('2025-08-15'), run.good, tonnes(11), { name: '长春光华照明电器有限公司 (Changchun Guanghua Lighting Co.)', id: outsideCode('r25-cc-lamps', '220000') }, 'lighting-and-displays', 'GH-2508-042'),
      s.ship(party, 'shp-2508-off', at('2025-08-16'), run.offSpec, run.offSpecGrams, r.recycler, undefined, 'off-specification Y2O3:Eu, 25 kg drums, rail to Ganzhou'),
    ]);
    const lot = party.lot(run.offSpec);
    const held = s.share(lot, run.offSpecGrams);
    const back = scale(held, 0.97);
    const left = scale(held, 0.02);
    const y = pick(back, ['Y']);
    const eu = pick(back, ['Eu']);
    const residueGrams = tonnes(1);
    w.record(r.recycler, filed('2025-09-05'), [
      s.receive(r.recycler, 'rcv-2508-red', at('2025-08-19'), lot, run.offSpecGrams),
      s.process(r.recycler, 'rec-2508-red', at('2025-08-22'), [{ lot, massGrams: run.offSpecGrams }], [
        { id: 'GZR-2508-Y', product: 'oxide-y', massGrams: oxideMass(y), composition: y },
        { id: 'GZR-2508-EU', product: 'oxide-eu', massGrams: oxideMass(eu), composition: eu },
        { id: 'GZR-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: left },
      ], { facility: r.recyclingPlant, note: 'off-specification red phosphor dissolved in hot hydrochloric acid, yttrium and europium separated by extraction, oxalates calcined' }),
      s.ship(r.recycler, 'shp-2508-redres', at('2025-08-24'), 'GZR-2508-RES', residueGrams, r.disposer, undefined, 'covered truck'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot('GZR-2508-RES'), residueGrams, '2508-red');
    return { world: w, find: {} };
  },
});
