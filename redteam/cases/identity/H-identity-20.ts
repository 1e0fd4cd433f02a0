import type { Composition } from '../../../src/domain/index.ts';
import { productByCode } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

/** Swarf of a high-coercivity grade: the magnet's own rare earth mix, diluted by oxide, coolant
 * and grinding wheel to 22 % rare earths (a magnet holds about 31.5 %). */
function highCoercivitySwarf(massGrams: number): Composition {
  const magnet = productByCode('magnet-ndfeb-sintered-high-coercivity')!.typicalFractions;
  const magnetShare = Object.values(magnet).reduce((sum, f) => sum + (f ?? 0), 0);
  const out: Composition = {};
  for (const [symbol, fraction] of Object.entries(magnet) as [keyof Composition, number][]) out[symbol] = Math.floor(massGrams * fraction * (0.22 / magnetShare));
  return out;
}

export default defineCase({
  id: 'H-identity-20',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Dysprosium-rich swarf from a traction-motor magnet line',
  does: 'The Ganzhou recycler collects 100 t of grinding swarf from a Ningbo plant that makes only high-coercivity magnets for EV traction motors (named on the collection). The swarf is 22 % rare earths with the grade\'s own mix: Nd 14.3 %, Pr 4.5 %, Dy 2.4 %, Tb 0.7 %; dysprosium is 11 % of its rare earths, twice what ordinary swarf carries. The recycler separates it at 95 % in July into NdPr oxide, Dy oxide and Tb oxide; the leach residue goes to the licensed disposer.',
  expect: 'Nothing: swarf at a swarf\'s grade whose Dy and Tb shares are those of the high-coercivity magnets it comes from, recovered below what it held.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(100);
    const scrap = { id: 'SW-2507-EV1', product: 'scrap-ndfeb-swarf', massGrams, composition: highCoercivitySwarf(massGrams) };
    const collect = s.collect(r.recycler, 'col-2507-ev', at('2025-07-03'), scrap, { name: '宁波镇海驱动电机磁材有限公司（高矫顽力牌号）', id: 'supplier-zhenhai-0208' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const dy = pick(recovered, ['Dy']);
    const tb = pick(recovered, ['Tb']);
    const residueGrams = tonnes(80);
    const residue = scale(held, 0.02);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-ev', at('2025-07-16'), [{ lot: scrap.id, massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-DY', product: 'oxide-dy', massGrams: oxideMass(dy), composition: dy },
        { id: 'RO-2507-TB', product: 'oxide-tb', massGrams: oxideMass(tb), composition: tb },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RO-2507-RES'), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
