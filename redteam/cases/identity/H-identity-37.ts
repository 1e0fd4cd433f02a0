// Estimates (not in shared/DOMAIN.md): the catalogue's 0.05 % Pr+Nd in scrapped consumer electronics; 90 % of it recovered from the pulled magnets; 6 kg of leach residue per t of e-waste.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, shaoguanRecycler } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-identity-37',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Four hundred tonnes of scrapped phones and laptops give a Shaoguan recycler 213 kg of NdPr oxide',
  does: 'On 2025-07-03 a licensed Shaoguan (Guangdong) recycler collects 400 t of scrapped consumer electronics (phones, laptops, speakers, small drives) from a licensed Qingyuan WEEE treatment plant. The lot holds about 0.05 % praseodymium and neodymium, 200 kg in all. On 07-16 it pulls the speaker and voice-coil magnets, leaches them and recovers 90 % of the Pr and Nd as 213 kg of NdPr oxide; the 2.4 t of leach residue go to a licensed Shaoguan landfill (07-22). The plastics, boards and steel, almost the whole lot, go to the WEEE plant\'s own processors and are outside the rare earth books, as the campaign note says.',
  expect: 'Nothing: post-consumer scrap at its own very low grade, recovered within norms; the lot\'s mass is not rare earth.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sg = shaoguanRecycler(ctx);
    const scrapGrams = tonnes(400);
    const collect = s.collect(sg.party, 'col-2507-01', at('2025-07-03'), { id: 'EW-2507-01', product: 'eol-consumer-electronics', massGrams: scrapGrams },
      { name: '清远华清废弃电器电子产品处理有限公司 (Qingyuan Huaqing WEEE Treatment Co.)', id: outsideCode('r24-qy-weee', '440000') }, sg.plant);
    const held = s.lot(sg.party.lot('EW-2507-01')).composition;
    const oxide = scale(pick(held, ['Pr', 'Nd']), 0.9);
    const residueGrams = tonnes(2.4);
    const residue = subtract(held, oxide);
    const events = [
      collect,
      s.process(sg.party, 'rec-2507-01', at('2025-07-16'), [{ lot: 'EW-2507-01', massGrams: scrapGrams }], [
        { id: 'SG-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
        { id: 'SG-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: sg.plant, note: 'speaker and voice-coil magnets pulled by hand, demagnetised, leached in HCl, oxalate precipitation and calcining; plastics, boards and steel back to the WEEE plant\'s processors' }),
      s.ship(sg.party, 'shp-2507-res', at('2025-07-22'), 'SG-2507-RES', residueGrams, sg.landfill.party, undefined, 'covered truck'),
    ];
    w.record(sg.party, at('2025-08-06', '10:00'), events);
    const res = sg.party.lot('SG-2507-RES');
    w.record(sg.landfill.party, at('2025-08-07', '10:00'), [
      s.receive(sg.landfill.party, 'rcv-2507-res', at('2025-07-23'), res, residueGrams),
      s.dispose(sg.landfill.party, 'dsp-2507-res', at('2025-07-24'), res, residueGrams, 'landfill', sg.landfill.site),
    ]);
    return { world: w, find: {} };
  },
});
