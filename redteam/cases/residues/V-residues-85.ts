// Estimates (not in DOMAIN.md): 55 % recovery re-floating tailings.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dongshanConcentrator, flotation } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-residues-85',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The tailings store places two thirds of the mine\'s tailings and sells the rest to an iron-ore dresser, which floats rare earth concentrate from them for the separator',
  does: 'The Dongshan concentrator floats 10,000 t of ore on 2025-07-03 and sends its 9,064 t of tailings to the licensed store (07-06, received 07-07). The store places 6,000 t on 07-08 and on 07-15 sells the other 3,064 t as "iron-bearing fines" to a Baotou iron-ore dressing company that holds no mining, separation or recycling licence. The dresser re-floats them on 07-22 at 55 % (an estimate) into 48 t of 50 % REO concentrate, sold on 07-25 to the Baotou separator as "re-treated concentrate" (received 07-26). Everyone reports July on time.',
  expect: 'Tailings taken out of the licensed store and turned into concentrate outside any licence and quota: the store\'s sale, the dresser\'s flotation and its concentrate, the dresser.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const dresser = w.party('iron-dresser', { kind: 'enterprise', roles: ['trader'], nameZh: '包头宏泰铁矿选矿有限公司', nameEn: 'Baotou Hongtai Iron Ore Dressing Co.', region: '150200' });
    const dresserPlant = w.facility({ id: 'plant-hongtai-dressing', party: dresser.id, kind: 'plant', nameZh: '宏泰选矿厂', nameEn: 'Hongtai dressing plant', region: '150202' });
    const { tailings, tailingsGrams, receipt } = dongshanConcentrator(ctx);
    const placed = tonnes(6_000);
    const sold = tailingsGrams - placed;
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      receipt,
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-08'), tailings, placed, 'tailings-storage', r.disposalSite),
      s.ship(r.disposer, 'shp-2507-tl', at('2025-07-15'), tailings, sold, dresser, 'TL-2507-S1', 'iron-bearing fines, 60 truckloads'),
    ]);
    const bought = r.disposer.lot('TL-2507-S1');
    const { concentrate, tailings: rest } = flotation(s.share(bought, sold), sold, 'concentrate-bayan-obo', 'tailings-bayan-obo', 'HT-2507', 0.55, 0.5);
    const concGrams = concentrate.massGrams;
    w.record(dresser, at('2025-08-07', '11:00'), [
      s.receive(dresser, 'rcv-2507-tl', at('2025-07-16'), bought, sold),
      s.process(dresser, 'flo-2507-01', at('2025-07-22'), [{ lot: bought, massGrams: sold }], [concentrate, rest], { facility: dresserPlant, note: 'magnetic separation for iron, then rare earth flotation of the non-magnetic fraction' }),
      s.ship(dresser, 'shp-2507-cn', at('2025-07-25'), concentrate.id, concGrams, r.separator, undefined, 're-treated concentrate'),
    ]);
    const concLot = dresser.lot(concentrate.id);
    w.record(r.separator, at('2025-08-08', '15:00'), [s.receive(r.separator, 'rcv-2507-ht', at('2025-07-26'), concLot, concGrams)]);
    return {
      world: w,
      find: { events: [r.disposer.event('shp-2507-tl'), dresser.event('flo-2507-01')], lots: [bought, concLot], parties: [dresser.id] },
    };
  },
});
