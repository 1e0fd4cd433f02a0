import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-42',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide thinned by a torn bag, an assay sample, a repack and "drying" on its way to export',
  does: 'The Shanghai trading house holds a dual-use licence for 5 t REO of dysprosium oxide to Japan. It buys 4.5 t from the Longnan separator, shipped on 2025-07-15. Each step after costs a little, none more than 0.8 %: it receives 4,477.5 kg on 07-16 ("two bags torn in the truck", −0.5 %); on 07-22 it books −27 kg "samples for the buyer\'s ICP assay" (a real assay takes 200 g); on 07-28 it re-drums the lot into vacuum bags and gets 4,415 kg out of 4,450 kg (−0.8 %, "dust"); on 08-02 it books −31 kg "moisture lost drying before shipment" from an oxide calcined at 900 °C. On 08-06 it exports 4,384 kg. 116 kg of Dy oxide, 2.6 % of the purchase and worth some US$ 25,000, went to a buyer who needs no licence papers.',
  expect: 'Small losses on one lot of a controlled oxide at every step, each under 1 %, adding up to 2.6 % between purchase and export, with no residue or recovery anywhere; the adjustments, the repack, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025B', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const source = heavy.lots['oxide-dy']!;
    const shipment = 'LN-2507-DY-PJ';
    const shipped = tonnes(4.5);
    w.record(south.southSeparator, at('2025-08-06', '11:00'), [s.ship(south.southSeparator, 'shp-2507-dy-pj', at('2025-07-15'), source.split(':')[1]!, shipped, r.exporter, shipment)]);
    const lot = south.southSeparator.lot(shipment);
    const received = 4_477_500;
    const afterSample = received - 27_000;
    const julyEvents: LedgerEvent[] = [
      s.receive(r.exporter, 'rcv-2507-dy', at('2025-07-16'), lot, received, 'two bags torn in the truck, swept up'),
      s.adjust(r.exporter, 'adj-2507-dy-smp', at('2025-07-22'), lot, -27_000, 'samples drawn for the buyer\'s ICP assay'),
    ];
    // The repack's composition follows what is left of the lot, in proportion to the mass out.
    const repackedGrams = 4_415_000;
    const repacked = { id: 'PJ-2507-DY-VB', product: 'oxide-dy', massGrams: repackedGrams, composition: scale(s.lot(lot).composition, repackedGrams / afterSample) };
    julyEvents.push(s.process(r.exporter, 'rpk-2507-dy', at('2025-07-28'), [{ lot, massGrams: afterSample }], [repacked], { note: 're-drummed into 25 kg vacuum-sealed bags for export; dust loss' }));
    w.record(r.exporter, at('2025-08-07', '10:00'), julyEvents);
    const dried = repacked.massGrams - 31_000;
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.adjust(r.exporter, 'adj-2508-dy-dry', at('2025-08-02'), repacked.id, -31_000, 'moisture lost drying before shipment'),
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-06'), repacked.id, dried, 'JP', { licence, customsDeclaration: '220120250800061177' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.exporter.event('adj-2507-dy-smp'), r.exporter.event('rpk-2507-dy'), r.exporter.event('adj-2508-dy-dry')],
        lots: [lot, r.exporter.lot(repacked.id)],
        parties: [r.exporter.id],
      },
    };
  },
});
