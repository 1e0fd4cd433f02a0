import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-51',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A magnet-scrap recycler opens a lamp-phosphor line its licence does not cover',
  does: 'The Ganzhou recycler\'s comprehensive-utilisation licence RT-REC-GZ-2024 is issued for NdFeB scrap only: sludge, off-cuts and end-of-life magnets, motors and drives, and the elements Pr, Nd, Dy, Tb with the La and Ce of substituted grades. With magnet scrap scarce in 2025, it buys 80 t of phosphor powder recovered from scrapped fluorescent tubes from a lamp dismantling centre in Nanchang on 2025-07-04 (10 % yttrium, with europium and terbium) and on 07-18 runs it through its leach and extraction line, making 9.4 t of yttrium oxide, 0.60 t of europium oxide, 0.53 t of terbium oxide and 3.1 t of lanthanum–cerium oxide. Yttrium and europium are outside its licence\'s elements and lamp phosphor outside its products. July is reported on the 8th of August.',
  expect: 'Recycling outside the licence\'s scope: a product and elements the recycler\'s licence does not list; the collection, the campaign, the yttrium and europium oxide lots and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-REC-GZ-2024', {
      scope: { products: ['scrap-ndfeb-swarf', 'scrap-ndfeb-solid', 'eol-ndfeb-magnets', 'eol-motor', 'eol-hdd'], elements: ['La', 'Ce', 'Pr', 'Nd', 'Tb', 'Dy'] },
    });
    honestMonth(ctx, '2025-06');
    const powder = { id: 'LP-2507-NC', product: 'eol-lamp-phosphor', massGrams: tonnes(80) };
    const collected = s.collect(r.recycler, 'col-2507-nc', at('2025-07-04'), powder, { name: '南昌市青山湖区废旧灯管拆解回收中心' }, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot(powder.id)).composition, 0.92);
    const outputs: LotSpec[] = [
      { id: 'RE-2507-Y', product: 'oxide-y', massGrams: oxideMass(pick(recovered, ['Y'])), composition: pick(recovered, ['Y']) },
      { id: 'RE-2507-EU', product: 'oxide-eu', massGrams: oxideMass(pick(recovered, ['Eu'])), composition: pick(recovered, ['Eu']) },
      { id: 'RE-2507-TB', product: 'oxide-tb', massGrams: oxideMass(pick(recovered, ['Tb'])), composition: pick(recovered, ['Tb']) },
      { id: 'RE-2507-LC', product: 'mixed-oxide-lace', massGrams: oxideMass(pick(recovered, ['La', 'Ce'])), composition: pick(recovered, ['La', 'Ce']) },
    ];
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-lp', at('2025-07-18'), [{ lot: powder.id, massGrams: powder.massGrams }], outputs, { facility: r.recyclingPlant, note: 'alkali fusion of the halophosphate fraction, HCl leach, solvent extraction' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.recycler.event('col-2507-nc'), r.recycler.event('rec-2507-lp')],
        lots: [r.recycler.lot('RE-2507-Y'), r.recycler.lot('RE-2507-EU'), r.recycler.lot(powder.id)],
        parties: [r.recycler.id],
      },
    };
  },
});
