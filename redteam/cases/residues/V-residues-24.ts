// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium clay; 96 % cascade recovery (heavy.ts); 75 % of the yttrium and europium into good phosphor, 23.5 % into an off-specification batch, 1.5 % lost.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { filed, redPhosphorRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-residues-24',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Changchun phosphor works "incinerates" 3.5 t of off-specification red phosphor, an yttrium–europium oxide that cannot burn',
  does: 'A Changchun (Jilin) lamp-phosphor works buys 14 t of Y2O3 and 1 t of Eu2O3 from the Wuzhou separator (received 2025-07-26) and on 08-05 fires them into Y2O3:Eu red phosphor; one batch of 3.5 t fails its brightness test. On 08-20 it books the off-specification batch as disposed of by incineration at its own plant. The works holds no disposal licence and has no incinerator; the powder is 99.5 % rare earth oxide, mostly yttria, and would come out of any furnace as it went in. It went in drums to a Jilin trading company that sells yttrium oxide abroad without the dual-use licence yttrium compounds need. The good powder, 11.2 t, goes to a lamp maker (11 t delivered on 08-15).',
  expect: 'A product lot of yttrium and europium oxide written off as waste, by a party with no licence or site for disposal, by a method that cannot destroy it: the disposal, the lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const run = redPhosphorRun(ctx, xj);
    const { party, plant } = run.works;
    w.record(party, filed('2025-08-08'), run.receipts);
    w.record(party, filed('2025-09-05'), [
      run.campaign,
      deliver('dlv-2508-red', at('2025-08-15'), run.good, tonnes(11), { name: '长春光华照明电器有限公司 (Changchun Guanghua Lighting Co.)', id: outsideCode('r25-cc-lamps', '220000') }, 'lighting-and-displays', 'GH-2508-042'),
      s.dispose(party, 'dsp-2508-off', at('2025-08-20'), run.offSpec, run.offSpecGrams, 'incineration', plant),
    ]);
    return {
      world: w,
      find: { parties: [party.id], lots: [party.lot(run.offSpec)], events: [party.event('dsp-2508-off')] },
    };
  },
});
