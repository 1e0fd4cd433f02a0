import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-52',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide delivered to a lamp-phosphor maker comes back a month later as "waste lamp phosphor" from the same company',
  does: 'European magnet buyers pay a premium for terbium with recycled content (the Critical Raw Materials Act asks for the recycled share). The Beijing trader buys 0.5 t of terbium oxide from the Longnan separator on 2025-07-15 (received 07-16) and on 07-22 records a final delivery of it to a phosphor company in Foshan, sector "lighting and displays". On 08-18 the Ganzhou recycler collects 36 t of "phosphor powder from end-of-life lamps" from the same Foshan company, same credit code: ordinary waste phosphor into which the 0.5 t of fresh terbium oxide has been stirred, so that the lot holds 0.64 t of terbium, three times the usual share. On 08-28 the recycler recovers 0.70 t of terbium oxide from it, which it sells as 100 % post-consumer recycled. Everyone reports on time.',
  expect: 'Material that left the chain to a final user coming straight back into it as end-of-life scrap from that same user within a month, carrying what was delivered; the delivery, the collection, the collected lot, the trader and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const tbGrams = tonnes(0.5);
    const tb = sellOxide(ctx, south, heavy, 'oxide-tb', tbGrams, r.trader, '2025-07', '2507-tb');
    const tbMetal = s.share(tb, tbGrams).Tb ?? 0;
    const customer = { name: '佛山市南海区明辉照明材料有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '440605', orgBody8: 'MHZM0722' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-tb', kind: 'deliver', time: at('2025-07-22'), lot: tb, massGrams: tbGrams, customer, sector: 'lighting-and-displays', contract: 'MH-2507-TB-01' };
    w.record(r.trader, at('2025-08-08', '10:00'), [deliver]);
    const massGrams = tonnes(36);
    const base = typical('eol-lamp-phosphor', massGrams);
    const composition = { ...base, Tb: (base.Tb ?? 0) + tbMetal };
    const powder = { id: 'LP-2508-FS', product: 'eol-lamp-phosphor', massGrams, composition };
    const collected = s.collect(r.recycler, 'col-2508-fs', at('2025-08-18'), powder, customer, r.recyclingPlant);
    const recovered = scale(composition, 0.92);
    const outputs: LotSpec[] = [
      { id: 'RE-2508-TB', product: 'oxide-tb', massGrams: oxideMass(pick(recovered, ['Tb'])), composition: pick(recovered, ['Tb']) },
      { id: 'RE-2508-Y', product: 'oxide-y', massGrams: oxideMass(pick(recovered, ['Y'])), composition: pick(recovered, ['Y']) },
      { id: 'RE-2508-EU', product: 'oxide-eu', massGrams: oxideMass(pick(recovered, ['Eu'])), composition: pick(recovered, ['Eu']) },
      { id: 'RE-2508-LC', product: 'mixed-oxide-lace', massGrams: oxideMass(pick(recovered, ['La', 'Ce'])), composition: pick(recovered, ['La', 'Ce']) },
    ];
    w.record(r.recycler, at('2025-09-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2508-fs', at('2025-08-28'), [{ lot: powder.id, massGrams }], outputs, { facility: r.recyclingPlant, note: 'waste lamp phosphor: alkali fusion, HCl leach, solvent extraction' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.trader.event('dlv-2507-tb'), r.recycler.event('col-2508-fs')],
        lots: [tb, r.recycler.lot(powder.id)],
        parties: [r.trader.id, r.recycler.id],
      },
    };
  },
});
