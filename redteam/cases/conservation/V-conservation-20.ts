import type { Composition } from '../../../src/domain/index.ts';
import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

/** Each handling step keeps this share of the lot: 1.2 % "lost to dust" every time. */
const KEPT_PER_STEP = 0.988;
const STEPS: readonly { day: string; note: string }[] = [
  { day: '2025-07-05', note: 'sieved through 200 mesh, fines to the bag filter' },
  { day: '2025-07-12', note: 're-bagged into 1 t jumbo bags' },
  { day: '2025-07-24', note: 'blended for a uniform Pr:Nd ratio' },
  { day: '2025-08-04', note: 're-bagged into 500 kg bags for the customer' },
  { day: '2025-08-13', note: 'sieved again after caking in the rainy season' },
  { day: '2025-08-22', note: 're-bagged into 25 kg drums' },
];

export default defineCase({
  id: 'V-conservation-20',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A trader loses 1.2 % of its NdPr oxide at every repack, six times over',
  does: 'The Beijing trader buys 30 t of NdPr oxide from the separator on 2025-07-03 and, over July and August, sieves, blends and re-bags it six times, each time under a new lot id and each time 1.2 % lighter ("dust to the bag filter"). What it finally sells to the metal smelter on 2025-08-27 is 27.9 t: 2.1 t of oxide (about 7 %) left the books in six steps, none of which looks large alone. Dry oxide in closed bags loses grams, not tonnes, to handling; the difference was sold for cash.',
  expect: 'The trader\'s NdPr balance over the two months: 30 t in, 27.9 t out, some 2.1 t lost with no residue, scrap or disposal to show for it; the trader and its repack events.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bought = r.separator.lot('SEP-2506-NDPR-T20');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-t20', at('2025-07-02'), 'SEP-2506-NDPR', tonnes(30), r.trader, 'SEP-2506-NDPR-T20')]);
    const july: LedgerEvent[] = [s.receive(r.trader, 'rcv-2507-t20', at('2025-07-03'), bought, tonnes(30))];
    const august: LedgerEvent[] = [];
    let lot = bought;
    let grams = tonnes(30);
    let composition: Composition = s.lot(bought).composition;
    const repacks: string[] = [];
    STEPS.forEach((step, i) => {
      const outGrams = Math.floor(grams * KEPT_PER_STEP);
      const outComposition = scale(composition, KEPT_PER_STEP);
      const outId = `ZGC-25-NP-${String(i + 1).padStart(2, '0')}`;
      const eventId = `pak-25-np-${i + 1}`;
      const event = s.process(r.trader, eventId, at(step.day), [{ lot, massGrams: grams }], [{ id: outId, product: 'oxide-ndpr', massGrams: outGrams, composition: outComposition }], { note: `${step.note}; 1.2 % dust loss` });
      (step.day < '2025-08-01' ? july : august).push(event);
      repacks.push(r.trader.event(eventId));
      lot = outId;
      grams = outGrams;
      composition = outComposition;
    });
    august.push(s.ship(r.trader, 'shp-2508-np', at('2025-08-27'), lot, grams, r.smelter));
    w.record(r.trader, at('2025-08-07', '10:00'), july);
    w.record(r.trader, at('2025-09-07', '10:00'), august);
    w.record(r.smelter, at('2025-09-08', '10:00'), [s.receive(r.smelter, 'rcv-2508-np', at('2025-08-28'), r.trader.lot(lot), grams)]);
    return { world: w, find: { parties: [r.trader.id], events: repacks, lots: [r.trader.lot(lot), bought] } };
  },
});
