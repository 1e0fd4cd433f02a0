import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-31',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'New magnets delivered to a motor maker come back nine days later as "end-of-life magnets"',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-08 and on 07-15 delivers 12 t of new sintered magnets to a Ningbo motor maker, a final sale. On 07-24 the Ganzhou recycler collects 12 t of "NdFeB magnets recovered from end-of-life products" from the same motor maker, same Pr:Nd ratio, same grade, and on 08-05 refines them into NdPr oxide sold as 100 % post-consumer recycled, for EU buyers who must show recycled content. No motor reaches end of life in nine days: the magnets went out of the chain and straight back in, turning primary NdPr into "post-consumer" NdPr.',
  expect: 'Material that left the chain to a final user re-entering it days later, from the same company, as post-consumer scrap of the same composition; the collection, the collected lot, the delivery and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const customer = { name: '宁波鄞州恒驰电机有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '330212', orgBody8: 'HCDJ0715' }) };
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    const grams = tonnes(12);
    const deliver: DeliverEvent = { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-15'), lot: magnets.id, massGrams: grams, customer, sector: 'motors', contract: 'HC-2507-NdFeB-03' };
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      deliver,
    ]);
    const composition = s.share(r.magnets.lot(magnets.id), grams);
    const back = { id: 'EOL-2507-01', product: 'eol-ndfeb-magnets', massGrams: grams, composition };
    const collect = s.collect(r.recycler, 'col-2507-eol', at('2025-07-24'), back, customer, r.recyclingPlant);
    w.record(r.recycler, at('2025-08-06', '10:00'), [collect]);
    const recovered = scale(composition, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = tonnes(7);
    const residue = { id: 'RE-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(composition, 0.02) };
    w.record(r.recycler, at('2025-09-05', '10:00'), [
      s.process(r.recycler, 'rec-2508-eol', at('2025-08-05'), [{ lot: back.id, massGrams: grams }], [
        { id: 'RE-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        residue,
      ], { facility: r.recyclingPlant, note: 'post-consumer magnets: demagnetised, hydrogen decrepitated, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot(residue.id), residueGrams, '2508r');
    return {
      world: w,
      find: { events: [r.recycler.event('col-2507-eol'), r.magnets.event('dlv-2507-01')], lots: [r.recycler.lot(back.id)], parties: [r.recycler.id, r.magnets.id] },
    };
  },
});
