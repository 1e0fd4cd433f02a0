import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-45',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A third of June\'s residue sold through the Beijing trader to a Hebei maker of "rare earth micro-fertiliser"',
  does: 'The separator sends 300 t of June\'s 450 t of water-leach residue to the licensed store. On 2025-06-26 it ships the other 150 t to the Beijing trader, which receives them on 06-28 and on 07-08 books them as disposed of by "other" means: sold to Xingtai Fengshou Agricultural Materials Co. (contract FS-2507-3) as raw material for rare earth micro-fertiliser, a product sold to farmers. The residue carries the ore\'s thorium onto fields.',
  expect: 'A radioactive residue sold to a trader and "disposed of" by a party with no disposal licence and no site; the trader\'s disposal, the separator\'s shipment, the residue lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const toStore = tonnes(300);
    const rest = s.lot(june.residue).massGrams - toStore;
    w.record(r.separator, at('2025-07-06', '15:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, toStore, r.disposer, 'SEP-2506-RES-S1', 'sealed residue trucks'),
      s.ship(r.separator, 'shp-2506-res2', at('2025-06-26'), june.residue, rest, r.trader, 'SEP-2506-RES-S2'),
    ]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot('SEP-2506-RES-S1'), toStore, '2506');
    const lot = r.separator.lot('SEP-2506-RES-S2');
    w.record(r.trader, at('2025-07-08', '18:00'), [s.receive(r.trader, 'rcv-2506-res', at('2025-06-28'), lot, rest)]);
    w.record(r.trader, at('2025-08-06', '10:00'), [{ ...s.dispose(r.trader, 'dsp-2507-fert', at('2025-07-08'), lot, rest, 'other'), note: 'sold to Xingtai Fengshou Agricultural Materials Co., contract FS-2507-3, fertiliser raw material' }]);
    return { world: w, find: { events: [r.trader.event('dsp-2507-fert'), r.separator.event('shp-2506-res2')], lots: [lot], parties: [r.trader.id] } };
  },
});
