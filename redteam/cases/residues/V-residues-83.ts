// Estimates (not in DOMAIN.md): Mianning ore at 3 % REO (the catalogue's typical grade); 78 % flotation recovery (DOMAIN.md floor 75 %).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addMianningMine, flotation } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-residues-83',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Mianning bastnaesite mill discharges 19,000 t of flotation tailings into a gully on the river bank, with no tailings dam',
  does: 'The Maoniuping miner in Mianning digs 20,000 t of bastnaesite ore (3 % REO) on 2025-07-02 and floats it on 07-04 at 78 % into 50 % REO concentrate. Its tailings dam is full and the new one unbuilt, so on 07-06 it books the 19,000 t of tailings as disposed of by method "other", at no site: slurried down a gully towards the Yalong tributary. It reports July on 08-05.',
  expect: 'Tailings that leave the books without reaching any licensed disposal site: the disposal, the tailings lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { sichuanMiner: m, mianningMine } = addMianningMine(ctx);
    const oreGrams = tonnes(20_000);
    const extract = s.extract(m, 'ext-2507-ore', at('2025-07-02'), mianningMine, { id: 'MO-2507-01', product: 'ore-mianning-bastnaesite', massGrams: oreGrams });
    const { concentrate, tailings } = flotation(s.lot(m.lot('MO-2507-01')).composition, oreGrams, 'concentrate-mianning', 'tailings-bastnaesite', 'MN-2507', 0.78, 0.5);
    w.record(m, at('2025-08-05', '10:00'), [
      extract,
      s.process(m, 'flo-2507-01', at('2025-07-04'), [{ lot: 'MO-2507-01', massGrams: oreGrams }], [concentrate, tailings], { facility: mianningMine, note: 'crushing, gravity and flotation at the Maoniuping mill' }),
      s.dispose(m, 'dsp-2507-tl', at('2025-07-06'), tailings.id, tailings.massGrams, 'other'),
    ]);
    return { world: w, find: { events: [m.event('dsp-2507-tl')], lots: [m.lot(tailings.id)], parties: [m.id] } };
  },
});
