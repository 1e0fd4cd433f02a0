import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, exportLicence, longnanHeavy, on } from '../../lib/round26.ts';
import type { AdjustEvent } from '../../../src/ledger/index.ts';

export default defineCase({
  id: 'V-flows-26',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide for a Dalian exporter "lost overboard" on the coastal leg: the shipment voided six weeks later and written off, never received',
  does: 'The Longnan separator sells 0.9 t of terbium oxide from its July 2025 Myanmar run to a Dalian trading and export house that holds a dual-use licence for terbium oxide. The drums leave Longnan on 07-18 by road for Xiamen, to go north by coastal container ship, and the shipment is reported with July. The Dalian house never records a receipt. On 09-01 the separator files a correction voiding the shipment and, the same minute, writes the 0.9 t off its terbium lot, "container washed overboard off Zhoushan in the typhoon of 24 July; marine insurance claim lodged". No carrier, no insurer\'s survey and no port record stand behind it: the container was unloaded at Xiamen and the oxide left on a vessel for Busan under a declaration for "ceramic pigment".',
  expect: 'A controlled oxide shipped to an exporter, never received, then taken off the books by voiding the shipment and writing the lot down: the shipment, the correction, the write-off, the terbium lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const dl = dalian(ctx);
    exportLicence(ctx, dl, 'RT26-EXP-DL-TB', '2025-07-01', '2026-06-30', 2, ['oxide-tb'], ['Tb']);
    const { chain } = longnanHeavy(ctx, '2507', 100);
    const ln = chain.southSeparator;
    const grams = tonnes(0.9);
    w.record(ln, on('2025-08-06', '11:00'), [s.ship(ln, 'shp-2507-tb-dl', at('2025-07-18'), 'LN-2507-TB', grams, dl, 'LN-2507-TB-DL', 'sealed steel drums, by road to Xiamen, coastal container ship to Dalian')]);
    const writeOff: AdjustEvent = {
      id: 'adj-2509-tb', kind: 'adjust', time: at('2025-09-01', '16:00'), lot: 'LN-2507-TB', deltaGrams: -grams,
      reason: 'cargo lost at sea: container washed overboard off Zhoushan in the typhoon of 24 July; marine insurance claim lodged',
    };
    w.record(ln, on('2025-09-02'), [
      s.correct('cor-2509-tb', at('2025-09-01', '16:00'), 'shp-2507-tb-dl', 'container lost at sea; the shipment never reached the consignee'),
      writeOff,
    ]);
    return {
      world: w,
      find: {
        parties: [ln.id],
        lots: [ln.lot('LN-2507-TB-DL'), ln.lot('LN-2507-TB')],
        events: [ln.event('shp-2507-tb-dl'), ln.event('cor-2509-tb'), ln.event('adj-2509-tb')],
      },
    };
  },
});
