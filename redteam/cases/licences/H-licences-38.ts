// Estimates (not in shared/DOMAIN.md): cerium carbonate at 45 % REO (the catalogue's grade); 98.5 % of the cerium into a 98 % REO powder, the rest lost as dust and in classification.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leshanPolishingWorks, mianningIntegrated, mianningMonth, outsideCode, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-licences-38',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Leshan polishing-powder works calcines cerium carbonate bought from a licensed separator into high-cerium polishing powder',
  does: 'A Mianning mining and separation company separates 700 t of its bastnaesite concentrate in its licensed Xichang plant on 2025-07-15, taking the cerium off as carbonate. It sells 60 t of the cerium carbonate to a polishing-powder works at Emei, Leshan, which holds no licence (shipped 07-18, received 07-20). On 07-28 the works calcines it at 900 °C, fluorinates it lightly and classifies it into about 27 t of high-cerium polishing powder; the weight falls by more than half as water and carbon dioxide leave. It delivers 25 t to a Chengdu optical glass works on 08-04.',
  expect: 'Nothing: the works buys a separated single-element compound from a licensed separator and turns it into a material; it processes no mineral product and splits no elements, which is what needs a separation licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianningIntegrated(ctx);
    const july = mianningMonth(ctx, mn, '2025-07', '2507', { ceAs: 'carbonate' });
    const works = leshanPolishingWorks(ctx);
    const grams = tonnes(60);
    const carbonate = sell24(ctx, mn.party, works.party, {
      lot: july.lots['salt-ce-carbonate']!, grams, tag: 'LS1', shipAt: at('2025-07-18'), receiveAt: at('2025-07-20'),
      sellerRecordsAt: at('2025-08-05', '11:00'), buyerRecordsAt: at('2025-08-06', '10:00'), note: 'cerium carbonate, 45 % REO, 1 t bulk bags',
    });
    const powder = scale(s.share(carbonate, grams), 0.985);
    w.record(works.party, at('2025-08-06', '11:00'), [
      s.process(works.party, 'pol-2507-01', at('2025-07-28'), [{ lot: carbonate, massGrams: grams }], [
        { id: 'PC-2507-01', product: 'polishing-ceria', massGrams: oxideMass(powder, 0.98), composition: powder },
      ], { facility: works.plant, note: 'calcined at 900 °C, lightly fluorinated, jet-milled and classified; about 1.5 % lost as dust' }),
      deliver('dlv-2508-pc', at('2025-08-04'), 'PC-2507-01', tonnes(25), { name: '成都光明光学玻璃抛光有限公司 (Chengdu Guangming Optical Glass Polishing Co.)', id: outsideCode('r24-cd-glass', '510100') }, 'glass-and-ceramics', 'EM-2508-11'),
    ]);
    return { world: w, find: {} };
  },
});
