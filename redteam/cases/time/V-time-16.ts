// Figures as the baseline's (chain.ts, refining.ts): a March 2025 month whose Sm–Eu–Gd enriched oxide
// (90 % REO) is sold whole.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangzhou, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-time-16',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Guangzhou house exports Sm–Eu–Gd oxide on 9 April and dates the export 2 April, before the dual-use controls, on a catalogue licence that ran out on the 3rd',
  does: 'A Guangzhou trading and export house holds an export licence under the old catalogue of goods for 20 t REO of samarium–europium–gadolinium enriched oxide, valid to 2025-04-03, the day before the dual-use controls on samarium and gadolinium took effect; it has no dual-use licence. It buys the Baotou separator\'s whole March lot of SEG oxide, 9 t, shipped on 04-07 and received on 04-08, and exports it to a Japanese buyer on 04-09. In its April report (filed 05-07) it dates the export "2025-04-02", inside its old licence and before the controls, after the receipt it books truthfully on 04-08.',
  expect: 'An export dated six days before the lot it exported had even reached the exporter, a date chosen to fall before the controls: the export, the lot and the Guangzhou house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-03');
    const gz = guangzhou(ctx);
    const licence = w.licence({ id: 'RT28-EXP-GZ-CAT', party: gz.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-04-03', capacityTonnesReo: 20, scope: { products: ['mixed-oxide-smeugd'] } });
    const lot = r.separator.lot('SEP-2503-SEG');
    const grams = s.lot(lot).massGrams;
    w.record(r.separator, on('2025-05-06', '11:00'), [
      s.ship(r.separator, 'shp-r28-seg', at('2025-04-07'), 'SEP-2503-SEG', grams, gz, undefined, 'SEG enriched oxide in 25 kg lined drums, by rail to Guangzhou'),
    ]);
    w.record(gz, on('2025-05-07'), [
      s.receive(gz, 'rcv-r28-seg', at('2025-04-08', '15:00'), lot, grams),
      s.export(gz, 'exp-2504-seg', at('2025-04-02'), lot, grams, 'JP', { licence, customsDeclaration: '515220250400018873', note: 'samarium–europium–gadolinium enriched oxide, HS 2846.9019' }),
    ]);
    return { world: w, find: { parties: [gz.id], lots: [lot], events: [gz.event('exp-2504-seg')] } };
  },
});
