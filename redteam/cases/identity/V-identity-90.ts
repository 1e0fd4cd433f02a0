import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-identity-90',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Concentrate from a pit inside the licensed area that the group never put on its published list of mines',
  does: 'The Bayan Obo miner opens a west pit inside its licensed area and registers it as a mine under its mining licence, but the group has not put it on its published list of mines: the pit has no approved safety and environmental design yet. In July 2025 it extracts 800 t of concentrate there and ships it on 07-10 to the Baotou separator, whose bags say only "Dongshan mining company"; the separator receives it on 07-11 and separates it on 07-20, its residue to the licensed store. The law wants every mineral product to name its mine, and the mine to be on the groups\' list. Everyone reports on time.',
  expect: 'A mineral product whose source mine is not on the published list: the extraction at the unlisted pit and its concentrate lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const pit = w.facility({ id: 'mine-dongshan-west', party: r.miner.id, kind: 'mine', nameZh: '东山西采坑', nameEn: 'Dongshan west pit', region: '150206', licence: r.miningLicence, listed: false });
    const grams = tonnes(800);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-west', at('2025-07-03'), pit, { id: 'BCW-2507-01', product: 'concentrate-bayan-obo', massGrams: grams }),
      s.ship(r.miner, 'shp-2507-west', at('2025-07-10', '14:30'), 'BCW-2507-01', grams, r.separator, undefined, 'rail wagons 5101–5116'),
    ]);
    const lot = r.miner.lot('BCW-2507-01');
    separateShipment(ctx, '2025-07', lot, grams, '2507');
    return {
      world: w,
      find: { events: [r.miner.event('ext-2507-west')], lots: [lot], parties: [r.miner.id] },
    };
  },
});
