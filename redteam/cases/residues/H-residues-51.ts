import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-51',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A radioactive residue lot sent to the store in three trainloads inside five weeks',
  does: 'The separator\'s June 2025 campaign (06-20) leaves 450 t of thorium-bearing water-leach residue. The residue store\'s rail siding takes 150 t at a time, so the separator sends it in three sealed trainloads: 150 t on 06-24, 150 t on 07-08 and the last 150 t on 07-22. The licensed disposer receives each the next day or so (06-25, 07-09, 07-25) and places it in its licensed store within two days (06-27, 07-10, 07-27). The last of the lot leaves the plant 32 days after it was made. Both report June and July on time.',
  expect: 'Nothing: a residue lot may go in several consignments; every tonne reaches the licensed store, and none waits at the plant more than about a month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    const load = tonnes(150);
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-res-t1', at('2025-06-24'), residue.id, load, r.disposer, `${residue.id}-T1`, 'sealed residue train 1 of 3')]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot(`${residue.id}-T1`), load, 't1');
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-res-t2', at('2025-07-08'), residue.id, load, r.disposer, `${residue.id}-T2`, 'sealed residue train 2 of 3'),
      s.ship(r.separator, 'shp-res-t3', at('2025-07-22'), residue.id, load, r.disposer, `${residue.id}-T3`, 'sealed residue train 3 of 3'),
    ]);
    const second = r.separator.lot(`${residue.id}-T2`);
    w.record(r.disposer, at('2025-08-07', '09:00'), [
      s.receive(r.disposer, 'rcv-t2-res', at('2025-07-09'), second, load),
      s.dispose(r.disposer, 'dsp-t2-res', at('2025-07-10'), second, load, 'radioactive-waste-storage', r.disposalSite),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(`${residue.id}-T3`), load, 't3');
    return { world: w, find: {} };
  },
});
