// Figures as the baseline's (chain.ts, refining.ts): a March 2025 month whose Sm–Eu–Gd enriched oxide
// (90 % REO) is sold whole.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangzhou, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-time-16',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Guangzhou house exports Sm–Eu–Gd oxide on 2 April, two days before the dual-use controls, on its catalogue licence',
  does: 'A Guangzhou trading and export house holds an export licence under the old catalogue of goods for 20 t REO of samarium–europium–gadolinium enriched oxide, valid to 2025-04-03. Hearing of the coming controls, it buys the Baotou separator\'s whole March lot of SEG oxide, 9 t, shipped on 03-26 and received on 03-27, and exports it to a Japanese buyer on 04-02, citing the licence. It reports March on 04-07 and April, with the export, on 05-07.',
  expect: 'Nothing: the export is dated after its receipt, falls before the dual-use controls took effect and inside the holder\'s licence, and is reported by the 10th of the next month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-03');
    const gz = guangzhou(ctx);
    const licence = w.licence({ id: 'RT28-EXP-GZ-CAT', party: gz.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-04-03', capacityTonnesReo: 20, scope: { products: ['mixed-oxide-smeugd'] } });
    const lot = r.separator.lot('SEP-2503-SEG');
    const grams = s.lot(lot).massGrams;
    w.record(r.separator, on('2025-04-06', '11:00'), [
      s.ship(r.separator, 'shp-r28-seg', at('2025-03-26'), 'SEP-2503-SEG', grams, gz, undefined, 'SEG enriched oxide in 25 kg lined drums, by rail to Guangzhou'),
    ]);
    w.record(gz, on('2025-04-07'), [s.receive(gz, 'rcv-r28-seg', at('2025-03-27', '15:00'), lot, grams)]);
    w.record(gz, on('2025-05-07'), [
      s.export(gz, 'exp-2504-seg', at('2025-04-02'), lot, grams, 'JP', { licence, customsDeclaration: '515220250400011052', note: 'samarium–europium–gadolinium enriched oxide, HS 2846.9019' }),
    ]);
    return { world: w, find: {} };
  },
});
