// Estimates (not in DOMAIN.md): Mianning ore at 3 % REO (the catalogue's typical grade); 78 % flotation recovery (DOMAIN.md floor 75 %).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addDisposer } from '../../lib/round13.ts';
import { addMianningMine, flotation } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-residues-83',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Mianning bastnaesite mill pumps its flotation tailings to the county\'s licensed tailings dam, run by another company',
  does: 'The Maoniuping miner digs 20,000 t of bastnaesite ore (3 % REO) on 2025-07-02 and floats it on 07-04 at 78 % into 50 % REO concentrate. Its own dam is full, so the 19,000 t of tailings go by pipeline on 07-06 to the Mianning county tailings dam, operated by a separate company that holds a disposal licence for bastnaesite tailings; the dam company receives them on 07-06 and places them on 07-07. Both report on time.',
  expect: 'Nothing: tailings handed whole to a licensed disposer whose licence names them, and placed at its licensed site.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { sichuanMiner: m, mianningMine } = addMianningMine(ctx);
    const dam = addDisposer(ctx, 'mianning-dam', { zh: '冕宁县尾矿库运营有限公司', en: 'Mianning County Tailings Dam Operation Co.', siteZh: '冕宁县集中尾矿库', siteEn: 'Mianning county tailings dam' }, '513433',
      { id: 'RT-DSP-MN-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['tailings-bastnaesite'] });
    const oreGrams = tonnes(20_000);
    const extract = s.extract(m, 'ext-2507-ore', at('2025-07-02'), mianningMine, { id: 'MO-2507-01', product: 'ore-mianning-bastnaesite', massGrams: oreGrams });
    const { concentrate, tailings } = flotation(s.lot(m.lot('MO-2507-01')).composition, oreGrams, 'concentrate-mianning', 'tailings-bastnaesite', 'MN-2507', 0.78, 0.5);
    w.record(m, at('2025-08-05', '10:00'), [
      extract,
      s.process(m, 'flo-2507-01', at('2025-07-04'), [{ lot: 'MO-2507-01', massGrams: oreGrams }], [concentrate, tailings], { facility: mianningMine, note: 'crushing, gravity and flotation at the Maoniuping mill' }),
      s.ship(m, 'shp-2507-tl', at('2025-07-06', '06:00'), tailings.id, tailings.massGrams, dam.party, undefined, 'tailings pipeline to the county dam'),
    ]);
    const lot = m.lot(tailings.id);
    w.record(dam.party, at('2025-08-07', '10:00'), [
      s.receive(dam.party, 'rcv-2507-tl', at('2025-07-06', '18:00'), lot, tailings.massGrams),
      s.dispose(dam.party, 'dsp-2507-tl', at('2025-07-07'), lot, tailings.massGrams, 'tailings-storage', dam.site),
    ]);
    return { world: w, find: {} };
  },
});
