import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-52',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Terbium oxide delivered to a lamp-phosphor maker; a month later the recycler buys waste lamp phosphor from a dismantler',
  does: 'The Beijing trader buys 0.5 t of terbium oxide from the Longnan separator on 2025-07-15 (received 07-16) and on 07-22 delivers it to a phosphor company in Foshan, sector "lighting and displays", which makes green LAP phosphor for LED backlights. On 08-18 the Ganzhou recycler collects 36 t of phosphor powder from end-of-life fluorescent tubes from a licensed waste-electrical dismantling centre in Foshan, a different company with its own credit code, at the usual grade (0.6 % terbium, 10 % yttrium), and on 08-28 recovers terbium, yttrium, europium and La–Ce oxides from it at 92 %. Everyone reports on time.',
  expect: 'Nothing: the terbium goes to a manufacturer that consumes it, and the waste phosphor comes from a dismantler, not from the buyer, at a grade end-of-life lamps really have; the two flows merely share a city and a season.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const tbGrams = tonnes(0.5);
    const tb = sellOxide(ctx, south, heavy, 'oxide-tb', tbGrams, r.trader, '2025-07', '2507-tb');
    const customer = { name: '佛山市南海区明辉照明材料有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '440605', orgBody8: 'MHZM0722' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-tb', kind: 'deliver', time: at('2025-07-22'), lot: tb, massGrams: tbGrams, customer, sector: 'lighting-and-displays', contract: 'MH-2507-TB-01' };
    w.record(r.trader, at('2025-08-08', '10:00'), [deliver]);
    const dismantler = { name: '佛山市顺德区绿源废弃电器电子产品处理有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '440606', orgBody8: 'LYFQ0818' }) };
    const powder = { id: 'LP-2508-FS', product: 'eol-lamp-phosphor', massGrams: tonnes(36) };
    const collected = s.collect(r.recycler, 'col-2508-fs', at('2025-08-18'), powder, dismantler, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot(powder.id)).composition, 0.92);
    const outputs: LotSpec[] = [
      { id: 'RE-2508-TB', product: 'oxide-tb', massGrams: oxideMass(pick(recovered, ['Tb'])), composition: pick(recovered, ['Tb']) },
      { id: 'RE-2508-Y', product: 'oxide-y', massGrams: oxideMass(pick(recovered, ['Y'])), composition: pick(recovered, ['Y']) },
      { id: 'RE-2508-EU', product: 'oxide-eu', massGrams: oxideMass(pick(recovered, ['Eu'])), composition: pick(recovered, ['Eu']) },
      { id: 'RE-2508-LC', product: 'mixed-oxide-lace', massGrams: oxideMass(pick(recovered, ['La', 'Ce'])), composition: pick(recovered, ['La', 'Ce']) },
    ];
    w.record(r.recycler, at('2025-09-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2508-fs', at('2025-08-28'), [{ lot: powder.id, massGrams: powder.massGrams }], outputs, { facility: r.recyclingPlant, note: 'waste lamp phosphor: alkali fusion, HCl leach, solvent extraction' }),
    ]);
    return { world: w, find: {} };
  },
});
