// Estimates (not in DOMAIN.md): the short-loop split of magnets.ts (78 % into magnets, 20 % swarf).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-licences-83',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The licensed Ganzhou recycler runs a short-loop line: end-of-life motor magnets re-sintered into new magnets under its recycling licence',
  does: 'The Ganzhou recycler collects 40 t of NdFeB magnets stripped from scrapped compressor and EV motors from a Taizhou dismantler on 2025-07-08 and, instead of leaching them, runs them on 07-18 through its short-loop line: hydrogen decrepitation, jet milling, pressing and sintering into new sintered magnets (78 % of the rare earths) and grinding swarf (20 %), which it keeps for its leach line. It delivers 25 t of the magnets to a Ganzhou pump-motor maker on 07-28. July is reported on 08-06.',
  expect: 'Nothing: reprocessing rare earth scrap is what a recycling licence covers, by whatever route; the magnets hold less than the scrap.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const scrapGrams = tonnes(40);
    const collect = s.collect(r.recycler, 'col-2507-eol', at('2025-07-08'), { id: 'EOL-2507-01', product: 'eol-ndfeb-magnets', massGrams: scrapGrams }, { name: '台州路桥报废电机拆解有限公司 (Taizhou Luqiao Scrap Motor Dismantling Co.)' }, r.recyclingPlant);
    const { magnets, swarf } = sinter(s.lot(r.recycler.lot('EOL-2507-01')).composition, '2507-rs');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'mag-2507-rs', at('2025-07-18'), [{ lot: 'EOL-2507-01', massGrams: scrapGrams }], [magnets, swarf], { facility: r.recyclingPlant, note: 'short-loop: hydrogen decrepitation, jet milling, pressing and sintering' }),
      deliver('dlv-2507-mg', at('2025-07-28'), magnets.id, tonnes(25), { name: '赣州南康水泵电机有限公司 (Ganzhou Nankang Pump Motor Co.)', id: customerCode('GZ5P8M3N', '360700') }, 'motors', 'NK-2025-0422'),
    ]);
    return { world: w, find: {} };
  },
});
