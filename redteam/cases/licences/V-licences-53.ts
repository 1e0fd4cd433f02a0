import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-licences-53',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A separator re-mines the historic tailings pond behind its plant for feed, with no mining licence and no mining quota',
  does: 'The Baotou separator\'s plant stands beside an old tailings pond of the 1990s, whose tailings still carry about 7 % REO (an estimate). In August 2025 it hires a mobile flotation unit, digs the pond and books 560 t of Bayan Obo-grade concentrate "reclaimed" at the pond, which it registered as a site of its own, on no group list, under no licence. It separates the concentrate in its plant on 08-20 with its residue to the licensed store. Reclaiming tailings is mining; the separator holds no mining licence and no mining quota, and the concentrate appears in no miner\'s books.',
  expect: 'Extraction by a party with no mining licence and no mining quota, at a site on no list: the extract event, its lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const pond = w.facility({ id: 'pond-jiuyuan-historic', party: r.separator.id, kind: 'mine', nameZh: '九原老尾矿坝', nameEn: 'Jiuyuan historic tailings pond', region: '150207' });
    const grams = tonnes(560);
    w.record(r.separator, at('2025-09-05', '10:00'), [
      s.extract(r.separator, 'ext-2508-pond', at('2025-08-06'), pond, { id: 'BC-2508-POND', product: 'concentrate-bayan-obo', massGrams: grams }, 'reclaimed from the historic pond by a hired mobile flotation unit'),
    ]);
    const lot = r.separator.lot('BC-2508-POND');
    separateShipment(ctx, '2025-08', lot, grams, '2508', { receive: false });
    return { world: w, find: { events: [r.separator.event('ext-2508-pond')], lots: [lot], parties: [r.separator.id] } };
  },
});
