import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-51',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A magnet-scrap recycler\'s licence, renewed early with lamp phosphor added, covers its new phosphor campaign',
  does: 'The Ganzhou recycler\'s licence RT-REC-GZ-2024 covered NdFeB scrap only (Pr, Nd, Dy, Tb and the La and Ce of substituted grades). In spring 2025 it adds an alkali-fusion section for lamp phosphor and applies for a wider licence: RT-REC-GZ-2024 is ended on 2025-04-30 and replaced from 2025-05-01 by RT-REC-GZ-2025, which lists NdFeB scrap and end-of-life lamp phosphor and the elements La, Ce, Pr, Nd, Eu, Gd, Tb, Dy and Y; the registry re-points the recycling plant to it. On 2025-07-04 the recycler buys 80 t of phosphor powder from a lamp dismantling centre in Nanchang and on 07-18 runs it through the plant: 9.4 t of yttrium oxide, 0.60 t of europium oxide, 0.53 t of terbium oxide and 3.1 t of lanthanum–cerium oxide. July is reported on the 8th of August.',
  expect: 'Nothing: the phosphor is collected and recycled after the renewed licence took effect, at the plant it covers, and its products and elements cover the powder and every oxide made; the old licence\'s narrower scope ended with it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-REC-GZ-2024', {
      validTo: '2025-04-30',
      scope: { products: ['scrap-ndfeb-swarf', 'scrap-ndfeb-solid', 'eol-ndfeb-magnets', 'eol-motor', 'eol-hdd'], elements: ['La', 'Ce', 'Pr', 'Nd', 'Tb', 'Dy'] },
    });
    const renewed = w.licence({
      id: 'RT-REC-GZ-2025', party: r.recycler.id, activity: 'recycling', validFrom: '2025-05-01', validTo: '2028-04-30', capacityTonnesReo: 3_300,
      scope: { products: ['scrap-ndfeb-swarf', 'scrap-ndfeb-solid', 'eol-ndfeb-magnets', 'eol-motor', 'eol-hdd', 'eol-lamp-phosphor'], elements: ['La', 'Ce', 'Pr', 'Nd', 'Eu', 'Gd', 'Tb', 'Dy', 'Y'] },
    });
    w.amendFacility(r.recyclingPlant, { licence: renewed });
    const phosphorLine = r.recyclingPlant;
    honestMonth(ctx, '2025-06');
    const powder = { id: 'LP-2507-NC', product: 'eol-lamp-phosphor', massGrams: tonnes(80) };
    const collected = s.collect(r.recycler, 'col-2507-nc', at('2025-07-04'), powder, { name: '南昌市青山湖区废旧灯管拆解回收中心' }, phosphorLine);
    const recovered = scale(s.lot(r.recycler.lot(powder.id)).composition, 0.92);
    const outputs: LotSpec[] = [
      { id: 'RE-2507-Y', product: 'oxide-y', massGrams: oxideMass(pick(recovered, ['Y'])), composition: pick(recovered, ['Y']) },
      { id: 'RE-2507-EU', product: 'oxide-eu', massGrams: oxideMass(pick(recovered, ['Eu'])), composition: pick(recovered, ['Eu']) },
      { id: 'RE-2507-TB', product: 'oxide-tb', massGrams: oxideMass(pick(recovered, ['Tb'])), composition: pick(recovered, ['Tb']) },
      { id: 'RE-2507-LC', product: 'mixed-oxide-lace', massGrams: oxideMass(pick(recovered, ['La', 'Ce'])), composition: pick(recovered, ['La', 'Ce']) },
    ];
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-lp', at('2025-07-18'), [{ lot: powder.id, massGrams: powder.massGrams }], outputs, { facility: phosphorLine, note: 'alkali fusion of the halophosphate fraction, HCl leach, solvent extraction' }),
    ]);
    return { world: w, find: {} };
  },
});
